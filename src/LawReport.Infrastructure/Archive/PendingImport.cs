using LawReport.Documents.Import;
using LawReport.Documents.Model;
using LawReport.Domain.Common;

namespace LawReport.Infrastructure.Archive;

/// <summary>
/// An uploaded file waiting for a system administrator to compare its parse with the source, correct it
/// and confirm it into the archive. Everything the review needs survives between requests: the file's
/// bytes (so it can be read again), the text extracted from it, the importer's warnings, and the report
/// as corrected so far (JSON of a <see cref="ReportDocument"/>). <see cref="Version"/> changes with every
/// correction, so two administrators never correct stale positions.
/// </summary>
public sealed class PendingImport
{
    public const int FileNameMaxLength = 255;

    private PendingImport()
    {
    }

    public int Id { get; private set; }

    public string FileName { get; private set; } = "";

    /// <summary>The file as uploaded.</summary>
    public byte[] Source { get; private set; } = [];

    public string SourceSha256 { get; private set; } = "";

    /// <summary>The text as extracted from the file, shown beside the parse.</summary>
    public string SourceText { get; private set; } = "";

    /// <summary>The importer's warnings about the first parse, one a line.</summary>
    public string Warnings { get; private set; } = "";

    /// <summary>The report as parsed and corrected so far (<see cref="ReportJson"/>).</summary>
    public string ReportJson { get; private set; } = "";

    /// <summary>The existing bureau the administrator chose; null: the name the report gives.</summary>
    public int? BureauId { get; private set; }

    public string UploadedById { get; private set; } = "";

    public string UploadedByName { get; private set; } = "";

    public DateTimeOffset UploadedAt { get; private set; }

    public Guid Version { get; private set; }

    public ReportDocument Report => Documents.Model.ReportJson.Deserialize(ReportJson);

    public IReadOnlyList<string> WarningLines => Warnings.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A file the importer read; <paramref name="imported"/> must have succeeded.</summary>
    public static PendingImport Create(string fileName, byte[] source, ImportResult imported, Actor by, DateTimeOffset at)
    {
        if (!imported.Succeeded)
        {
            throw new ArgumentException("Only a file the importer read can wait for review.", nameof(imported));
        }

        var name = Path.GetFileName(PlainText.Line(fileName));
        return new PendingImport
        {
            FileName = name.Length <= FileNameMaxLength ? name : name[^FileNameMaxLength..],
            Source = source,
            SourceSha256 = ReportArchive.Sha256(source),
            SourceText = imported.SourceText,
            Warnings = string.Join('\n', imported.Warnings.Select(PlainText.Line)),
            ReportJson = Documents.Model.ReportJson.Serialize(imported.Report),
            UploadedById = by.UserId,
            UploadedByName = by.DisplayName,
            UploadedAt = at,
            Version = Guid.NewGuid(),
        };
    }

    /// <summary>Keeps the report as the administrator corrected it.</summary>
    public void Correct(ReportDocument report)
    {
        ReportJson = Documents.Model.ReportJson.Serialize(report);
        Version = Guid.NewGuid();
    }

    public void ChooseBureau(int? bureauId)
    {
        BureauId = bureauId;
        Version = Guid.NewGuid();
    }

    /// <summary>The request that archives the report as it stands.</summary>
    public ArchiveRequest ToArchiveRequest(Actor by) => new(Report, SourceSha256, by) { BureauId = BureauId };
}
