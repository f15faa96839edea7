using LawReport.Domain.Common;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Data;
using LawReport.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.PageSupport;

/// <summary>
/// How the sign-off, review and publishing pages show and change one report. Showing: 404 for a report
/// that does not exist, 403 for a user who may not read it. Changing: only as the user saw it (the form
/// posts the report's concurrency token), through a domain method, and with every refusal turned into a
/// Chinese message on the form instead of an error page.
/// </summary>
public static class ReportPages
{
    /// <summary>
    /// Loads the report with <paramref name="query"/> (no tracking) and hands it to <paramref name="show"/>
    /// when the user may read it (<see cref="ReportRequirement.View"/>).
    /// </summary>
    public static async Task<IActionResult> ShowReportAsync(
        this PageModel page,
        IAuthorizationService authorization,
        IQueryable<AnnualReport> query,
        int id,
        Func<AnnualReport, Task<IActionResult>> show)
    {
        var (report, refusal) = await page.OpenToReadAsync(authorization, query, id);
        return refusal ?? await show(report!);
    }

    /// <summary>
    /// Loads the report with <paramref name="query"/> (no tracking) and checks the user may read it: the
    /// report, or the answer the page must give instead (404 when there is no such report, 403 otherwise).
    /// </summary>
    public static async Task<(AnnualReport? Report, IActionResult? Refusal)> OpenToReadAsync(
        this PageModel page, IAuthorizationService authorization, IQueryable<AnnualReport> query, int id)
    {
        var report = await query.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id);
        if (report is null)
        {
            return (null, page.NotFound());
        }

        return (await authorization.AuthorizeAsync(page.User, report, ReportRequirement.View)).Succeeded
            ? (report, null)
            : (report, page.Forbid());
    }

    /// <summary>
    /// A page's action on one report: load the whole aggregate, check the user may do
    /// <paramref name="requirement"/> on it (404, 403), validate the form, change and save
    /// (<see cref="TrySaveAsync"/>). On success <paramref name="done"/> answers (a redirect); on any
    /// refusal <paramref name="show"/> shows the page again with the reasons.
    /// </summary>
    public static async Task<IActionResult> ChangeReportAsync(
        this PageModel page,
        AppDbContext db,
        IAuthorizationService authorization,
        int id,
        ReportRequirement requirement,
        Guid seenVersion,
        Func<Task<bool>> validate,
        Action<AnnualReport> change,
        Func<IActionResult> done,
        Func<Task<IActionResult>> show)
    {
        var report = await db.Reports.Whole().FirstOrDefaultAsync(r => r.Id == id);
        if (report is null)
        {
            return page.NotFound();
        }

        if (!(await authorization.AuthorizeAsync(page.User, report, requirement)).Succeeded)
        {
            // A form for a step someone else already took (the report moved on since the user read it)
            // gets an explanation, not a bare 403, as long as the user may still read the report.
            if (report.Version == seenVersion || !(await authorization.AuthorizeAsync(page.User, report, ReportRequirement.View)).Succeeded)
            {
                return page.Forbid();
            }

            page.ModelState.AddModelError(string.Empty, MovedOn(report));
            db.ChangeTracker.Clear();
            return await show();
        }

        if (await validate() && await db.TrySaveAsync(report, seenVersion, () => change(report), page.ModelState))
        {
            return done();
        }

        db.ChangeTracker.Clear();
        return await show();
    }

    /// <summary>
    /// Runs <paramref name="change"/> on <paramref name="report"/> (loaded with its history) and saves.
    /// Returns false, with the reason in <paramref name="modelState"/> and the context cleared, when the
    /// report moved on since the user read it, the domain refuses, or someone saved first.
    /// </summary>
    public static async Task<bool> TrySaveAsync(
        this AppDbContext db, AnnualReport report, Guid seenVersion, Action change, ModelStateDictionary modelState)
    {
        if (report.Version != seenVersion)
        {
            modelState.AddModelError(string.Empty, MovedOn(report));
        }
        else
        {
            try
            {
                change();
                await db.SaveChangesAsync();
                return true;
            }
            catch (DomainException e)
            {
                modelState.AddModelError(string.Empty, e.Message);
            }
            catch (DbUpdateConcurrencyException)
            {
                modelState.AddModelError(string.Empty, "保存时发现报告刚被他人修改，您的操作没有生效。请查看最新内容后再操作。");
            }
        }

        db.ChangeTracker.Clear();
        return false;
    }

    /// <summary>Says who changed the report last, so the user knows what happened meanwhile.</summary>
    public static string MovedOn(AnnualReport report) => report.History.LastOrDefault() is { } last
        ? $"报告已被他人处理：{last.ActorName}于{last.At.InChina():yyyy-MM-dd HH:mm}{Describe(last)}。您的操作没有生效，请查看最新内容后再操作。"
        : "报告已被他人修改，您的操作没有生效。请查看最新内容后再操作。";

    private static string Describe(StatusChange change) =>
        ReportWorkflow.Find(change.From, change.To) is { } rule ? $"“{rule.Label}”" : "修改了报告";
}
