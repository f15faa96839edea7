using LawReport.Domain.Audit;
using LawReport.Infrastructure.Audit;
using LawReport.Web.Authorization;

namespace LawReport.Web.Startup;

/// <summary>
/// The audit log's “who and from where” in the portal: the signed-in user (or anonymous) and the
/// request's remote address. Outside a request (start-up, background work) it is the system.
/// </summary>
public sealed class HttpAuditContext(IHttpContextAccessor accessor) : IAuditContext
{
    public AuditActor Actor
    {
        get
        {
            if (accessor.HttpContext is not { } context)
            {
                return SystemAuditContext.System;
            }

            var address = context.Connection.RemoteIpAddress is { } ip ? (ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip).ToString() : "未知";
            return context.User.Identity?.IsAuthenticated == true
                ? new AuditActor(context.User.GetUserId(), context.User.GetDisplayName(), address)
                : new AuditActor("", "匿名用户", address);
        }
    }
}
