using LawReport.Domain.Cycles;
using LawReport.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.PageSupport;

public static class CycleQueries
{
    /// <summary>
    /// The cycle a city-office page shows: the one asked for, else the latest open one, else the latest.
    /// Null when no cycle exists (or the year asked for has none).
    /// </summary>
    public static async Task<ReportingCycle?> ChosenCycleAsync(this AppDbContext db, int? year)
    {
        var cycles = db.ReportingCycles.AsNoTracking();
        return year is { } asked
            ? await cycles.FirstOrDefaultAsync(c => c.Year == asked)
            : await cycles.OrderByDescending(c => c.IsOpen).ThenByDescending(c => c.Year).FirstOrDefaultAsync();
    }

    public static Task<List<int>> CycleYearsAsync(this AppDbContext db) =>
        db.ReportingCycles.AsNoTracking().OrderByDescending(c => c.Year).Select(c => c.Year).ToListAsync();

}
