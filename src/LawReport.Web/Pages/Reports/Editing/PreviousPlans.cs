using LawReport.Domain.Reports;
using LawReport.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.Reports.Editing;

/// <summary>
/// Last year's 下一年度主要安排 of the same bureau: shown beside this year's 主要举措和成效 so that every promise
/// made a year ago is answered.
/// </summary>
public sealed record PreviousPlans(int Year, IReadOnlyList<SectionContent> Sections)
{
    public static async Task<PreviousPlans?> LoadAsync(AppDbContext db, int bureauId, int year)
    {
        var previous = await db.Reports.AsNoTracking().WithContent()
            .FirstOrDefaultAsync(r => r.BureauId == bureauId && r.Year == year);
        var plans = previous?.Content.Sections.Where(s => s.Kind == SectionKind.NextYearPlans).ToList();
        return plans is { Count: > 0 } ? new PreviousPlans(year, plans) : null;
    }
}
