using LawReport.Domain.Common;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Data;
using LawReport.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.PageSupport;

/// <summary>
/// How the sign-off, review and publishing pages open one report. Reading: 404 for a report that does not
/// exist, 403 for a user who may not read it. Changing: the whole aggregate, tracked, and only as the user
/// saw it (the form posts the report's concurrency token); every refusal becomes a Chinese message on the
/// form instead of an error page. The page's handler does the rest itself: validate, call the domain, save.
/// </summary>
public static class ReportPages
{
    /// <summary>Loads the report with <paramref name="query"/> (no tracking) and checks the user may read it.</summary>
    public static async Task<OpenedReport> OpenToReadAsync(
        this PageModel page, IAuthorizationService authorization, IQueryable<AnnualReport> query, int id)
    {
        var report = await query.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id);
        if (report is null)
        {
            return OpenedReport.Refuse(page.NotFound());
        }

        return (await authorization.AuthorizeAsync(page.User, report, ReportRequirement.View)).Succeeded
            ? OpenedReport.Open(report)
            : OpenedReport.Refuse(page.Forbid());
    }

    /// <summary>
    /// Opens the report to show its page again after an action that did not go through: the
    /// <paramref name="refusal"/> goes on the form and what the failed action tracked is forgotten.
    /// </summary>
    public static Task<OpenedReport> OpenToShowAsync(
        this PageModel page, AppDbContext db, IAuthorizationService authorization, IQueryable<AnnualReport> query, int id, string? refusal)
    {
        if (refusal is not null)
        {
            page.ModelState.AddModelError(string.Empty, refusal);
            db.ChangeTracker.Clear();
        }

        return page.OpenToReadAsync(authorization, query, id);
    }

    /// <summary>
    /// Loads the whole aggregate (tracked) and checks the user may do <paramref name="requirement"/> on it as
    /// they saw it (<paramref name="seenVersion"/>). A report that moved on since is opened with
    /// <see cref="OpenedReport.MovedOn"/> set, as long as the user may still read it; otherwise 403.
    /// </summary>
    public static async Task<OpenedReport> OpenToChangeAsync(
        this PageModel page, AppDbContext db, IAuthorizationService authorization, int id, ReportRequirement requirement, Guid seenVersion)
    {
        var report = await db.Reports.Whole().FirstOrDefaultAsync(r => r.Id == id);
        if (report is null)
        {
            return OpenedReport.Refuse(page.NotFound());
        }

        if ((await authorization.AuthorizeAsync(page.User, report, requirement)).Succeeded)
        {
            return OpenedReport.Open(report, report.Version == seenVersion ? null : MovedOn(report));
        }

        // A form for a step someone else already took (the report moved on since the user read it)
        // gets an explanation, not a bare 403, as long as the user may still read the report.
        return report.Version == seenVersion || !(await authorization.AuthorizeAsync(page.User, report, ReportRequirement.View)).Succeeded
            ? OpenedReport.Refuse(page.Forbid())
            : OpenedReport.Open(report, MovedOn(report));
    }

    /// <summary>
    /// The message for a change that did not go through: the domain's refusal, or someone saving first
    /// (the report's concurrency token); null for any other failure, which is not the user's to fix.
    /// </summary>
    public static string? RefusalOf(Exception failure) => failure switch
    {
        DomainException e => e.Message,
        DbUpdateConcurrencyException => "保存时发现报告刚被他人修改，您的操作没有生效。请查看最新内容后再操作。",
        _ => null,
    };

    /// <summary>Says who changed the report last, so the user knows what happened meanwhile.</summary>
    public static string MovedOn(AnnualReport report) => report.History.LastOrDefault() is { } last
        ? $"报告已被他人处理：{last.ActorName}于{last.At.InChina():yyyy-MM-dd HH:mm}{Describe(last)}。您的操作没有生效，请查看最新内容后再操作。"
        : "报告已被他人修改，您的操作没有生效。请查看最新内容后再操作。";

    private static string Describe(StatusChange change) =>
        ReportWorkflow.Find(change.From, change.To) is { } rule ? $"“{rule.Label}”" : "修改了报告";
}
