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

/// <summary>Loading a report for the filing pages, deciding with the report handler whether it may be changed, and saving it.</summary>
public static class ReportEditing
{
    /// <summary>
    /// Opens a report for a filing page (tracked, with what the filing pages change): <see cref="SaveOutcome.Open"/>
    /// when the user may change it, <see cref="SaveOutcome.Locked"/> when it is theirs but has moved on (the page
    /// says why), <see cref="SaveOutcome.Forbidden"/> or <see cref="SaveAttempt.NotFound"/> otherwise.
    /// </summary>
    public static async Task<SaveAttempt> OpenForFilingAsync(this AppDbContext db, IAuthorizationService authorization, ClaimsPrincipal user, int id)
    {
        var report = await db.Reports.ForFiling().FirstOrDefaultAsync(r => r.Id == id);
        return report is null ? SaveAttempt.NotFound : SaveAttempt.Opened(report, await authorization.EditAccessAsync(user, report));
    }

    /// <summary>
    /// Saves the changed report. The database refuses a save whose read is out of date (the report's
    /// <c>Version</c> is its concurrency token): then the answer is a conflict with the report as it now stands.
    /// </summary>
    public static async Task<SaveAttempt> SaveAsync(this AppDbContext db, AnnualReport report, DateTimeOffset at)
    {
        try
        {
            await db.SaveChangesAsync();
            return SaveAttempt.Saved(report, at);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: nothing of theirs is overwritten.
            db.ChangeTracker.Clear();
            var now = await db.Reports.ForFiling().FirstOrDefaultAsync(r => r.Id == report.Id);
            return now is null ? SaveAttempt.NotFound : SaveAttempt.Conflict(now);
        }
    }

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
