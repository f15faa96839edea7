using LawReport.Domain.Reports;
using LawReport.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.PageSupport;

public static class ReportQueries
{
    /// <summary>
    /// The whole aggregate: content, history, revisions and return points. Workflow methods need it all
    /// (sign-off freezes the content and numbers the revision; a return counts the open points).
    /// </summary>
    public static IQueryable<AnnualReport> Whole(this IQueryable<AnnualReport> reports) =>
        reports
            .Include(r => r.Sections).ThenInclude(s => s.Items)
            .Include(r => r.History)
            .Include(r => r.Revisions)
            .Include(r => r.ReturnPoints)
            .AsSplitQuery();

    public static Task<string> BureauNameAsync(this AppDbContext db, int bureauId) =>
        db.Bureaus.Where(b => b.Id == bureauId).Select(b => b.FullName).SingleAsync();
}
