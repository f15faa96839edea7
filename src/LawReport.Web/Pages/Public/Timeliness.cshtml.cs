using LawReport.Domain.Common;
using LawReport.Infrastructure.Data;
using LawReport.Web.Pages.Public;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.Public;

/// <summary>
/// Public accountability: for one reporting cycle, which bureaus made their report public by the
/// publication deadline, which did so late, and which have not yet (with the days overdue). Without a
/// year it shows the latest cycle whose deadline has passed (the latest cycle when none has).
/// </summary>
public sealed class TimelinessModel(AppDbContext db, TimeProvider time) : PageModel
{
    /// <summary>False until the system administrator opens the first reporting cycle.</summary>
    public bool HasCycle { get; private set; }

    public int Year { get; private set; }

    public DateOnly Deadline { get; private set; }

    public DateOnly Today { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<TimelinessEntry> Entries { get; private set; } = [];

    public int Count(TimelinessStatus status) => Entries.Count(e => e.Status == status);

    public async Task<IActionResult> OnGetAsync(int? year, CancellationToken cancellationToken)
    {
        Today = time.ChinaToday();
        var cycles = await db.ReportingCycles.AsNoTracking()
            .OrderByDescending(c => c.Year)
            .Select(c => new { c.Year, c.PublicationDeadline })
            .ToListAsync(cancellationToken);
        var cycle = year is { } asked
            ? cycles.FirstOrDefault(c => c.Year == asked)
            : cycles.FirstOrDefault(c => c.PublicationDeadline < Today) ?? cycles.FirstOrDefault();
        if (cycle is null)
        {
            // No cycle at all is a page that says so; a year that has no cycle is not a page.
            return year is null ? Page() : NotFound();
        }

        HasCycle = true;
        (Year, Deadline) = (cycle.Year, cycle.PublicationDeadline);
        Years = cycles.Select(c => c.Year).ToList();

        var bureaus = await db.Bureaus.AsNoTracking()
            .Where(b => b.IsActive)
            .Select(b => new PublicationTimeliness.Expected(b.Id, b.FullName, b.Category))
            .ToListAsync(cancellationToken);
        var published = (await db.Readable()
                .Where(p => p.Year == Year)
                .Select(p => new { p.BureauId, p.Id, p.Version, p.PublishedOn })
                .ToListAsync(cancellationToken))
            .GroupBy(p => p.BureauId)
            .Select(g => new PublicationTimeliness.Published(g.Key, g.Min(p => p.PublishedOn), g.MaxBy(p => p.Version)!.Id));
        Entries = PublicationTimeliness.Judge(Deadline, Today, bureaus, published);
        return Page();
    }
}
