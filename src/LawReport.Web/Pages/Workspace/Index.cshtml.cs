using LawReport.Domain.Common;
using LawReport.Domain.Reports;
using LawReport.Domain.Users;
using LawReport.Infrastructure.Data;
using LawReport.Web.Authorization;
using LawReport.Web.Pages.Reports.Editing;
using LawReport.Web.PageSupport;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.Workspace;

/// <summary>
/// 工作台 of a bureau's filers and head: each open cycle's report and its status, both deadlines with days left
/// or days late, what the reviewer asked for when it came back, and the reports of past years.
/// </summary>
[Authorize(Policy = Policies.BureauWork)]
public sealed class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    public string Bureau { get; private set; } = "";

    public bool IsFiler { get; private set; }

    public IReadOnlyList<CycleCard> Cycles { get; private set; } = [];

    public IReadOnlyList<ReportRow> PastReports { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var bureauId = User.GetBureauId()!.Value;
        IsFiler = ReportAccess.AllowsCreating(User.ToReportActor(), bureauId);
        Bureau = await db.BureauNameAsync(bureauId);
        var today = time.ChinaToday();

        var cycles = await db.ReportingCycles.AsNoTracking().Where(c => c.IsOpen).OrderByDescending(c => c.Year).ToListAsync();
        var reports = await db.Reports.AsNoTracking()
            .Where(r => r.BureauId == bureauId)
            .OrderByDescending(r => r.Year)
            .Select(r => new ReportRow(r.Id, r.Year, r.Title, r.Status, r.UpdatedAt))
            .ToListAsync();
        var current = reports.Where(r => cycles.Any(c => c.Year == r.Year)).Select(r => r.Id).ToList();
        var milestones = await db.Set<StatusChange>().AsNoTracking()
            .Where(h => current.Contains(EF.Property<int>(h, "ReportId")) && (h.To == ReportStatus.Submitted || h.To == ReportStatus.Published))
            .Select(h => new { ReportId = EF.Property<int>(h, "ReportId"), h.To, h.At })
            .ToListAsync();

        var cards = new List<CycleCard>();
        foreach (var cycle in cycles)
        {
            var report = reports.FirstOrDefault(r => r.Year == cycle.Year);
            DateOnly? FirstDay(ReportStatus status) => milestones
                .Where(m => m.ReportId == report?.Id && m.To == status)
                .Select(m => (DateOnly?)m.At.ChinaDate())
                .Min();
            cards.Add(new CycleCard(
                cycle.Year,
                report,
                new Deadline("报送", cycle.SubmissionDeadline, today, FirstDay(ReportStatus.Submitted)),
                new Deadline("公开", cycle.PublicationDeadline, today, FirstDay(ReportStatus.Published)),
                report is null ? null : await ReturnNote.LatestAsync(db, report.Id),
                report is null ? [] : await OpenPointsAsync(report.Id)));
        }

        Cycles = cards;
        PastReports = reports.Where(r => cycles.All(c => c.Year != r.Year)).ToList();
    }

    private Task<List<string>> OpenPointsAsync(int reportId) =>
        db.Set<ReturnPoint>().AsNoTracking()
            .Where(p => EF.Property<int>(p, "ReportId") == reportId && p.State == ReturnPointState.Open)
            .OrderBy(p => p.Number)
            .Select(p => p.SectionHeading + "：" + p.Text)
            .ToListAsync();

    public sealed record ReportRow(int Id, int Year, string Title, ReportStatus Status, DateTimeOffset UpdatedAt);

    /// <summary>One open reporting cycle as the bureau sees it.</summary>
    public sealed record CycleCard(
        int Year,
        ReportRow? Report,
        Deadline Submission,
        Deadline Publication,
        ReturnNote? LastReturn,
        IReadOnlyList<string> OpenPoints);
}
