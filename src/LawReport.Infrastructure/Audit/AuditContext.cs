using LawReport.Domain.Audit;

namespace LawReport.Infrastructure.Audit;

/// <summary>
/// Who is acting and from where, for the audit log: the signed-in user and the request's remote
/// address in the portal (see LawReport.Web), the system itself elsewhere.
/// </summary>
public interface IAuditContext
{
    AuditActor Actor { get; }
}

/// <summary>The command line and background work: the system, on this machine.</summary>
public sealed class SystemAuditContext : IAuditContext
{
    public static AuditActor System { get; } = new(Domain.Common.Actor.System.UserId, Domain.Common.Actor.System.DisplayName, "本机");

    public AuditActor Actor => System;
}
