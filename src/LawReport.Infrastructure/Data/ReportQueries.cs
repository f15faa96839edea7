using LawReport.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Infrastructure.Data;

/// <summary>
/// The parts of the report aggregate a use case loads, by name, so each page says what it needs and the
/// include chains are written once. Each is a split query: one query per collection instead of a cross join.
/// </summary>
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

    /// <summary>The content only (sections and their items): what is typeset, copied or compared.</summary>
    public static IQueryable<AnnualReport> WithContent(this IQueryable<AnnualReport> reports) =>
        reports.Include(r => r.Sections).ThenInclude(s => s.Items).AsSplitQuery();

    /// <summary>What the filing pages change: the content and the reviewers' return points the bureau answers.</summary>
    public static IQueryable<AnnualReport> ForFiling(this IQueryable<AnnualReport> reports) =>
        reports
            .Include(r => r.Sections).ThenInclude(s => s.Items)
            .Include(r => r.ReturnPoints)
            .AsSplitQuery();

    /// <summary>What the bureau reads about its report: the content, its history and the return points.</summary>
    public static IQueryable<AnnualReport> ForReading(this IQueryable<AnnualReport> reports) =>
        reports
            .Include(r => r.Sections).ThenInclude(s => s.Items)
            .Include(r => r.History)
            .Include(r => r.ReturnPoints)
            .AsSplitQuery();
}
