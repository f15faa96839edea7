using System.Security.Claims;
using LawReport.Web.Authorization;
using Microsoft.AspNetCore.Authorization;

namespace LawReport.Web.PageSupport;

/// <summary>The work areas of the portal, each behind its policy: the navigation and the home page list the ones a user may open.</summary>
public static class SiteLinks
{
    private static readonly (string Policy, string Text, string Url)[] Areas =
    [
        (Policies.BureauWork, "工作台", "/Workspace"),
        (Policies.ReportWork, "报告", "/Reports"),
        (Policies.BureauLead, "签发", "/SignOff"),
        (Policies.Reviewer, "审核", "/Review"),
        (Policies.Reviewer, "周期看板", "/Board"),
        (Policies.Publishing, "公开发布", "/Publishing"),
        (Policies.Auditor, "审计日志", "/Audit"),
        (Policies.SystemAdmin, "单位管理", "/Admin/Bureaus"),
        (Policies.SystemAdmin, "用户管理", "/Admin/Users"),
        (Policies.SystemAdmin, "报告周期", "/Admin/Cycles"),
        (Policies.SystemAdmin, "导入历史报告", "/Admin/Archive"),
        (Policies.SecurityAdmin, "账号安全", "/Security/Accounts"),
    ];

    public static async Task<IReadOnlyList<(string Text, string Url)>> VisibleToAsync(this IAuthorizationService authorization, ClaimsPrincipal user)
    {
        var links = new List<(string, string)>();
        if (user.Identity?.IsAuthenticated != true)
        {
            return links;
        }

        foreach (var (policy, text, url) in Areas)
        {
            if ((await authorization.AuthorizeAsync(user, policy)).Succeeded)
            {
                links.Add((text, url));
            }
        }

        return links;
    }
}
