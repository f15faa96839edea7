using LawReport.Domain.Reports;
using LawReport.Infrastructure.Data;
using LawReport.Web.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.SignOff;

/// <summary>The bureau head's desk: their bureau's reports, those waiting for sign-off first.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<Row> Waiting { get; private set; } = [];

    public IReadOnlyList<Row> Others { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var bureauId = User.GetBureauId();
        var rows = await db.Reports.AsNoTracking()
            .Where(r => r.BureauId == bureauId)
            .OrderByDescending(r => r.Year)
            .Select(r => new Row(r.Id, r.Year, r.Title, r.Status, r.UpdatedAt))
            .ToListAsync();
        Waiting = rows.Where(r => r.Status == ReportStatus.AwaitingSignOff).ToList();
        Others = rows.Where(r => r.Status != ReportStatus.AwaitingSignOff).ToList();
    }

    public sealed record Row(int Id, int Year, string Title, ReportStatus Status, DateTimeOffset UpdatedAt);
}
