using LawReport.Domain.Common;
using LawReport.Domain.Cycles;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Data;
using LawReport.Web.Authorization;
using LawReport.Web.PageSupport;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.Review;

public enum LatenessFilter
{
    OnTime,
    Late,
}

/// <summary>
/// The reviewers' queue for a cycle: every report a bureau has signed off, with when it was first
/// submitted (on time or late against the cycle's deadline), its latest revision and who is reviewing
/// it. Reports waiting for review come first, oldest first.
/// </summary>
public sealed class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public ReportStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? BureauId { get; set; }

    [BindProperty(SupportsGet = true)]
    public LatenessFilter? Lateness { get; set; }

    public ReportingCycle? Cycle { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name)> Bureaus { get; private set; } = [];

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>The statuses a submitted report can be in, for the filter.</summary>
    public static IReadOnlyList<ReportStatus> Statuses { get; } =
        [ReportStatus.Submitted, ReportStatus.InReview, ReportStatus.Returned, ReportStatus.AwaitingSignOff, ReportStatus.Draft, ReportStatus.Approved, ReportStatus.Published, ReportStatus.Withdrawn];

    public async Task OnGetAsync()
    {
        Years = await db.CycleYearsAsync();
        var cycle = Cycle = await db.ChosenCycleAsync(Year);
        Year = cycle?.Year ?? Year;
        Bureaus = (await db.Bureaus.AsNoTracking().OrderBy(b => b.FullName).Select(b => new { b.Id, b.FullName }).ToListAsync())
            .Select(b => (b.Id, b.FullName)).ToList();
        if (cycle is null)
        {
            return;
        }

        var reports = db.Reports.AsNoTracking().Where(r => r.Year == cycle.Year && r.Revisions.Any());
        if (Status is { } status)
        {
            reports = reports.Where(r => r.Status == status);
        }

        // A reviewer who belongs to a bureau does not review it (ReportAccess): its report is not listed.
        if (User.GetBureauId() is { } ownBureau)
        {
            reports = reports.Where(r => r.BureauId != ownBureau);
        }

        if (BureauId is { } bureauId)
        {
            reports = reports.Where(r => r.BureauId == bureauId);
        }

        var found = await reports
            .Select(r => new
            {
                r.Id,
                r.BureauId,
                r.Title,
                r.Status,
                Revisions = r.Revisions.Select(v => new { v.Number, v.SubmittedAt }).ToList(),
                Reviews = r.History.Where(h => h.To == ReportStatus.InReview).Select(h => new { h.At, h.ActorName }).ToList(),
            })
            .ToListAsync();

        var names = Bureaus.ToDictionary(b => b.Id, b => b.Name);
        var today = time.ChinaToday();
        Rows = found
            .Select(r =>
            {
                var first = r.Revisions.MinBy(v => v.Number)!;
                var latest = r.Revisions.MaxBy(v => v.Number)!;
                return new Row(
                    r.Id,
                    names.GetValueOrDefault(r.BureauId, ""),
                    r.Title,
                    r.Status,
                    latest.Number,
                    latest.SubmittedAt,
                    first.SubmittedAt,
                    cycle.Submission(first.SubmittedAt.ChinaDate(), today),
                    r.Reviews.MaxBy(h => h.At)?.ActorName ?? "");
            })
            .Where(r => Lateness switch
            {
                LatenessFilter.OnTime => r.Punctuality == Punctuality.OnTime,
                LatenessFilter.Late => r.Punctuality.IsLate(),
                _ => true,
            })
            .OrderBy(r => r.Status is ReportStatus.Submitted or ReportStatus.InReview ? 0 : 1)
            .ThenBy(r => r.LastSubmittedAt)
            .ToList();
    }

    public sealed record Row(
        int Id,
        string Bureau,
        string Title,
        ReportStatus Status,
        int Revision,
        DateTimeOffset LastSubmittedAt,
        DateTimeOffset FirstSubmittedAt,
        Punctuality Punctuality,
        string Reviewer);
}
