namespace LawReport.Infrastructure.Search;

/// <summary>
/// One entry of the search index's change sequence: the publications of a report changed (published,
/// withdrawn, corrected), or, with no report, every index must be rebuilt (<c>lawreport search rebuild</c>).
/// The database is the truth; each portal instance keeps its own index and catches up by reading the
/// entries after the last one it applied (ADR-021).
/// </summary>
public sealed class SearchIndexChange
{
    private SearchIndexChange()
    {
    }

    /// <summary>The position in the sequence, increasing with each save that changes the public record.</summary>
    public long Id { get; private set; }

    /// <summary>The report whose publications to index again; null to rebuild the whole index.</summary>
    public int? ReportId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public static SearchIndexChange ForReport(int reportId, DateTimeOffset at) => new() { ReportId = reportId, At = at };

    public static SearchIndexChange RebuildAll(DateTimeOffset at) => new() { At = at };
}
