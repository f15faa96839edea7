using System.Security.Claims;
using LawReport.Domain.Common;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Data;
using LawReport.Web.Authorization;
using LawReport.Web.PageSupport;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.Reports.Editing;

/// <summary>What the signed-in user may do with a report's content.</summary>
public enum EditAccess
{
    /// <summary>A filer of the report's bureau, and the report is with the bureau (草稿 or 已退回).</summary>
    Allowed,

    /// <summary>A filer of the report's bureau, but the report has moved on: the page says why it is locked.</summary>
    Locked,

    /// <summary>Anyone else: 403.</summary>
    Forbidden,
}

/// <summary>
/// A report opened by a page: the report, what the user may do with it, and the answer when the page must stop
/// there (404 when there is no such report, 403 when the user may not have it).
/// </summary>
public sealed record OpenedReport(AnnualReport? Report, EditAccess Access, IActionResult? Refusal);

/// <summary>Loading a report for the filing pages and deciding, with the report handler, whether it may be changed.</summary>
public static class ReportEditing
{
    /// <summary>Opens a report for a filing page: tracked, refused unless the user may edit it or is told it is locked.</summary>
    public static async Task<OpenedReport> OpenForEditingAsync(this PageModel page, AppDbContext db, IAuthorizationService authorization, int id)
    {
        var report = await db.LoadForEditingAsync(id);
        if (report is null)
        {
            return new OpenedReport(null, EditAccess.Forbidden, page.NotFound());
        }

        var access = await authorization.EditAccessAsync(page.User, report);
        return new OpenedReport(report, access, access == EditAccess.Forbidden ? page.Forbid() : null);
    }

    /// <summary>Opens a report to read (preview, PDF, details): untracked, refused unless the user may view it.</summary>
    public static async Task<OpenedReport> OpenForReadingAsync(this PageModel page, AppDbContext db, IAuthorizationService authorization, int id)
    {
        var query = db.Reports
            .Include(r => r.Sections).ThenInclude(s => s.Items)
            .Include(r => r.History)
            .Include(r => r.ReturnPoints)
            .AsSplitQuery();
        var (report, refusal) = await page.OpenToReadAsync(authorization, query, id);
        return refusal is not null
            ? new OpenedReport(report, EditAccess.Forbidden, refusal)
            : new OpenedReport(report, await authorization.EditAccessAsync(page.User, report!), null);
    }

    /// <summary>
    /// What a form's post answers once a save settled it: 404, 403, or <paramref name="saved"/>'s redirect; null
    /// when the page shows again (a conflict, invalid input, a locked report).
    /// </summary>
    public static IActionResult? Settled(this PageModel page, SaveAttempt attempt, Func<IActionResult> saved) => attempt.Outcome switch
    {
        SaveOutcome.NotFound => page.NotFound(),
        SaveOutcome.Forbidden => page.Forbid(),
        SaveOutcome.Saved => saved(),
        _ => null,
    };

    /// <summary>The report with everything the filing pages change (sections, items, return points), tracked.</summary>
    public static Task<AnnualReport?> LoadForEditingAsync(this AppDbContext db, int id) =>
        db.Reports
            .Include(r => r.Sections).ThenInclude(s => s.Items)
            .Include(r => r.ReturnPoints)
            .AsSplitQuery()
            .FirstOrDefaultAsync(r => r.Id == id);

    /// <summary>
    /// Edit when the report handler allows it; locked when it would allow it were the report a draft (the
    /// bureau's own filer, after 提交签发); forbidden otherwise.
    /// </summary>
    public static async Task<EditAccess> EditAccessAsync(this IAuthorizationService authorization, ClaimsPrincipal user, AnnualReport report)
    {
        if ((await authorization.AuthorizeAsync(user, report, ReportRequirement.Edit)).Succeeded)
        {
            return EditAccess.Allowed;
        }

        var asDraft = new ReportAccessTarget(report.BureauId, ReportStatus.Draft);
        return (await authorization.AuthorizeAsync(user, asDraft, ReportRequirement.Edit)).Succeeded ? EditAccess.Locked : EditAccess.Forbidden;
    }

    /// <summary>Why a report the filer may not change is locked, and what to do about it.</summary>
    public static string LockedMessage(ReportStatus status) => status switch
    {
        ReportStatus.AwaitingSignOff => "报告已提交单位负责人签发，内容已锁定。如需修改，请单位负责人退回给您。",
        ReportStatus.Submitted or ReportStatus.InReview => "报告已报送依法治市办审核，内容已锁定。如需修改，须等审核人退回。",
        ReportStatus.Approved => "报告已审核通过，内容已锁定。",
        ReportStatus.Published => "报告已公开发布，内容已锁定。如需更正，请联系单位负责人发起更正。",
        ReportStatus.Withdrawn => "报告已撤回，内容已锁定。",
        _ => $"报告当前状态为“{status.Label()}”，内容已锁定。",
    };

    /// <summary>The time of day as the user's clock shows it (已保存 14:32).</summary>
    public static string ClockTime(this TimeProvider time, DateTimeOffset at) =>
        at.InChina().ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
