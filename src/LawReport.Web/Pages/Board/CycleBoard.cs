using LawReport.Domain.Common;
using LawReport.Domain.Cycles;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Data;
using LawReport.Web.PageSupport;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.Board;

/// <summary>One bureau on the board: where its report is and whether it met both deadlines.</summary>
/// <param name="Status">Null when the bureau has not started a report (未开始).</param>
public sealed record BoardRow(
    int BureauId,
    string Bureau,
    string Category,
    int? ReportId,
    ReportStatus? Status,
    DateTimeOffset? FirstSubmittedAt,
    Punctuality Submission,
    DateOnly? PublishedOn,
    Punctuality Publication)
{
    public string StatusLabel => Status?.Label() ?? "未开始";

    public bool EverSubmitted => FirstSubmittedAt is not null;

    public bool IsPublished => PublishedOn is not null;
}

/// <summary>The figures at the top of the board.</summary>
public sealed record BoardSummary(int Bureaus, int Submitted, int SubmittedOnTime, int SubmittedLate, int Published, int PublishedOnTime, int PublishedLate)
{
    public static BoardSummary Of(IReadOnlyList<BoardRow> rows) => new(
        rows.Count,
        rows.Count(r => r.EverSubmitted),
        rows.Count(r => r.Submission == Punctuality.OnTime),
        rows.Count(r => r.Submission.IsLate()),
        rows.Count(r => r.IsPublished),
        rows.Count(r => r.Publication == Punctuality.OnTime),
        rows.Count(r => r.Publication.IsLate()));

    /// <summary>A share of all bureaus as a percentage with one decimal, e.g. 66.7%.</summary>
    public string Rate(int count) => Bureaus == 0 ? "—" : $"{count * 100.0 / Bureaus:0.#}%";
}

/// <summary>
/// The city office's view of a reporting cycle: every bureau (active ones, and inactive ones that filed
/// for the year) with its report's status, first submission (first sign-off) and first publication,
/// each measured against its deadline as of today. Shared by the board, its exports and the 通报 list.
/// </summary>
public static class CycleBoard
{
    public static readonly string[] ExportHeader = ["单位", "类别", "状态", "首次报送时间", "报送情况", "公开日期", "公开情况"];

    public static async Task<IReadOnlyList<BoardRow>> RowsAsync(AppDbContext db, ReportingCycle cycle, TimeProvider time)
    {
        var reports = await db.Reports.AsNoTracking()
            .Where(r => r.Year == cycle.Year)
            .Select(r => new { r.Id, r.BureauId, r.Status, Submissions = r.Revisions.Select(v => v.SubmittedAt).ToList() })
            .ToDictionaryAsync(r => r.BureauId);
        var published = (await db.Publications.AsNoTracking()
                .Where(p => p.Year == cycle.Year)
                .Select(p => new { p.ReportId, p.PublishedOn })
                .ToListAsync())
            .GroupBy(p => p.ReportId)
            .ToDictionary(g => g.Key, g => g.Min(p => p.PublishedOn));
        var bureaus = await db.Bureaus.AsNoTracking()
            .OrderBy(b => b.FullName)
            .Select(b => new { b.Id, b.FullName, b.Category, b.IsActive })
            .ToListAsync();

        var today = time.ChinaToday();
        return bureaus
            .Where(b => b.IsActive || reports.ContainsKey(b.Id))
            .Select(b =>
            {
                var report = reports.GetValueOrDefault(b.Id);
                DateTimeOffset? submitted = report?.Submissions.Count > 0 ? report.Submissions.Min() : null;
                DateOnly? publishedOn = report is not null && published.TryGetValue(report.Id, out var on) ? on : null;
                return new BoardRow(
                    b.Id,
                    b.FullName,
                    b.Category,
                    report?.Id,
                    report?.Status,
                    submitted,
                    cycle.Submission(submitted?.ChinaDate(), today),
                    publishedOn,
                    cycle.Publication(publishedOn, today));
            })
            .ToList();
    }

    public static IEnumerable<IReadOnlyList<string>> ExportRows(IEnumerable<BoardRow> rows) =>
        rows.Select(r => (IReadOnlyList<string>)
        [
            r.Bureau,
            r.Category,
            r.StatusLabel,
            r.FirstSubmittedAt?.InChina().ToString("yyyy-MM-dd HH:mm") ?? "",
            r.Submission.Label("报送"),
            r.PublishedOn?.ToString("yyyy-MM-dd") ?? "",
            r.Publication.Label("公开"),
        ]);
}
