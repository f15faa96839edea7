using LawReport.Documents.Model;
using LawReport.Domain.Common;

namespace LawReport.Infrastructure.Archive;

/// <summary>
/// A report published before the portal existed, to be stored as it was read (and perhaps corrected on
/// the review page). The bureau is the one the caller chose — an existing bureau by id, or a full name —
/// else the name the importer read from the report.
/// </summary>
public sealed record ArchiveRequest(ReportDocument Report, string SourceSha256, Actor By)
{
    /// <summary>An existing bureau the caller chose; wins over everything else.</summary>
    public int? BureauId { get; init; }

    /// <summary>A bureau's full name the caller chose (found, or created when it is a full name).</summary>
    public string? BureauName { get; init; }

    /// <summary>公开日期 to use instead of the one the report states (or the one assumed when it states none).</summary>
    public DateOnly? PublishedOn { get; init; }
}

public enum ArchiveOutcome
{
    /// <summary>Stored: a new published report with its PDF.</summary>
    Archived,

    /// <summary>The same file was archived before; nothing was stored.</summary>
    AlreadyArchived,

    /// <summary>Not stored; the message says why (in Chinese).</summary>
    Refused,
}

/// <summary>What archiving one report did, with a Chinese message for the person who asked.</summary>
public sealed record ArchiveResult(ArchiveOutcome Outcome, string Message)
{
    public int? PublicationId { get; init; }

    public int? BureauId { get; init; }

    /// <summary>True when the bureau did not exist and was created (inactive) for this report.</summary>
    public bool BureauCreated { get; init; }

    internal static ArchiveResult Refused(string message) => new(ArchiveOutcome.Refused, message);
}
