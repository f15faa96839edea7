using LawReport.Domain.Common;
using LawReport.Domain.Reports;

namespace LawReport.Domain.Publishing;

/// <summary>Where a publication came from.</summary>
public enum PublicationOrigin
{
    /// <summary>Published through the portal's workflow (approved, then published).</summary>
    Workflow = 1,

    /// <summary>A report published elsewhere before, imported into the archive (web page, Word file).</summary>
    Archive = 2,
}

public enum PublicationState
{
    /// <summary>The current published version.</summary>
    Current = 1,

    /// <summary>已更正: replaced by a later version, still readable, linked to it.</summary>
    Corrected = 2,

    /// <summary>已撤回: taken down with a reason; the record stays, the content is no longer public.</summary>
    Withdrawn = 3,
}

/// <summary>
/// One published version of a report: the public record. Its content, metadata and PDF are frozen when
/// it is created and never change; only its state moves on (corrected by a newer version, or withdrawn).
/// The PDF's bytes live in <see cref="PublicationFile"/> so lists never load them.
/// </summary>
public sealed class Publication
{
    public const int IndexNumberMaxLength = 64;
    public const int CategoryMaxLength = 50;
    public const int PublisherMaxLength = 100;
    public const int DisclosureMethodMaxLength = 20;
    public const int DocumentNumberMaxLength = 50;
    public const int SummaryMaxLength = 100;
    public const int ValidityMaxLength = 20;
    public const int Sha256Length = 64;

    /// <summary>公开方式 of a report published by the portal: it is disclosed on the initiative of the government.</summary>
    public const string ActiveDisclosure = "主动公开";

    public const string Valid = "有效";

    private Publication()
    {
    }

    public int Id { get; private set; }

    public int ReportId { get; private set; }

    public int BureauId { get; private set; }

    /// <summary>The year reported on.</summary>
    public int Year { get; private set; }

    /// <summary>1 for the first publication of the report, 2 for its first correction, …</summary>
    public int Version { get; private set; }

    public PublicationOrigin Origin { get; private set; }

    public PublicationState State { get; private set; }

    /// <summary>索引号, e.g. 014109568/2022-00012; empty for an archived report whose page had none.</summary>
    public string IndexNumber { get; private set; } = "";

    /// <summary>The 流水号 inside <see cref="IndexNumber"/>, per publisher and <see cref="SerialYear"/>; never reused.</summary>
    public int? Serial { get; private set; }

    public int? SerialYear { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>发布机构.</summary>
    public string Publisher { get; private set; } = "";

    /// <summary>主题分类.</summary>
    public string Category { get; private set; } = "";

    /// <summary>公开方式.</summary>
    public string DisclosureMethod { get; private set; } = ActiveDisclosure;

    /// <summary>文号, when the report carries one.</summary>
    public string DocumentNumber { get; private set; } = "";

    /// <summary>内容概述 (≤100 characters).</summary>
    public string Summary { get; private set; } = "";

    /// <summary>成文日期.</summary>
    public DateOnly? DateWritten { get; private set; }

    /// <summary>公开日期.</summary>
    public DateOnly PublishedOn { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    public string PublishedByName { get; private set; } = "";

    public ReportContent Content { get; private set; } = null!;

    /// <summary>The content as plain text (title, headings, paragraphs), what full-text search looks in.</summary>
    public string SearchText { get; private set; } = "";

    /// <summary>SHA-256 of the PDF, lower-case hex: shown on the page so anyone can verify the file.</summary>
    public string PdfSha256 { get; private set; } = "";

    public int PdfLength { get; private set; }

    public PublicationFile? File { get; private set; }

    /// <summary>For an archived report: SHA-256 of the source file, so importing it again creates nothing.</summary>
    public string SourceSha256 { get; private set; } = "";

    /// <summary>The newer version that corrected this one (已更正).</summary>
    public int? CorrectedById { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public string WithdrawalReason { get; private set; } = "";

    /// <summary>有效性 as the metadata table shows it.</summary>
    public string Validity => State switch
    {
        PublicationState.Current => Valid,
        PublicationState.Corrected => "已更正",
        _ => "已撤回",
    };

    /// <summary>
    /// Publishes the approved report's content (the workflow's last step): the new version, and the report
    /// marked 已公开 with its 索引号 in the history. This is the only way a report is published, so a
    /// published report always has its publication.
    /// </summary>
    public static Publication Publish(
        AnnualReport report,
        int version,
        PublicationNumber number,
        PublicationDetails details,
        Actor by,
        DateTimeOffset at,
        byte[] pdf)
    {
        EnsurePublishable(report);
        var publication = Create(report.Id, report.BureauId, report.Year, version, report.Content, details, by, at, pdf);
        publication.Origin = PublicationOrigin.Workflow;
        publication.IndexNumber = number.IndexNumber;
        publication.Serial = number.Serial;
        publication.SerialYear = number.SerialYear;
        report.Publish(by, at, $"索引号 {number.IndexNumber}");
        return publication;
    }

    /// <summary>Only an approved report is published; the publisher asks before it renders the file.</summary>
    public static void EnsurePublishable(AnnualReport report)
    {
        if (report.Status != ReportStatus.Approved)
        {
            throw new DomainException($"报告当前状态为“{report.Status.Label()}”，审核通过后才能公开。");
        }
    }

    /// <summary>
    /// 撤回: the report is withdrawn and its current version (<paramref name="current"/>) taken down, with one
    /// reason; the record and its 索引号 stay. The only way a report is withdrawn.
    /// </summary>
    public static void Withdraw(AnnualReport report, Publication? current, Actor by, string reason, DateTimeOffset at)
    {
        // The report's workflow decides first, so a report that is not published hears why.
        report.Withdraw(by, reason, at);
        if (current is null || current.ReportId != report.Id)
        {
            throw new DomainException("这份报告没有现行的公开版本。");
        }

        current.Withdraw(reason, at);
    }

    /// <summary>Stores a report published before the portal existed, as it was published.</summary>
    public static Publication Archive(
        AnnualReport report,
        string indexNumber,
        PublicationDetails details,
        string sourceSha256,
        Actor by,
        DateTimeOffset at,
        byte[] pdf)
    {
        var publication = Create(report.Id, report.BureauId, report.Year, 1, report.Content, details, by, at, pdf);
        publication.Origin = PublicationOrigin.Archive;
        publication.IndexNumber = Guard.Optional(indexNumber, IndexNumberMaxLength, "索引号");
        publication.SourceSha256 = sourceSha256;
        return publication;
    }

    /// <summary>A newer version replaces this one; this one stays readable, marked 已更正.</summary>
    public void CorrectedBy(Publication newer)
    {
        if (State != PublicationState.Current)
        {
            throw new DomainException("只有现行版本可以被更正。");
        }

        if (newer.ReportId != ReportId || newer.Version <= Version)
        {
            throw new DomainException("更正版本须是同一报告的更新版本。");
        }

        State = PublicationState.Corrected;
        CorrectedById = newer.Id;
    }

    /// <summary>Takes this version down; <see cref="Withdraw(AnnualReport, Publication?, Actor, string, DateTimeOffset)"/> withdraws its report with it.</summary>
    internal void Withdraw(string reason, DateTimeOffset at)
    {
        if (State != PublicationState.Current)
        {
            throw new DomainException("只有现行版本可以撤回。");
        }

        WithdrawalReason = Guard.Required(PlainText.Block(reason), AnnualReportLimits.ReasonMaxLength, "撤回理由");
        WithdrawnAt = at;
        State = PublicationState.Withdrawn;
    }

    private static Publication Create(
        int reportId, int bureauId, int year, int version, ReportContent content, PublicationDetails details, Actor by, DateTimeOffset at, byte[] pdf)
    {
        if (pdf.Length == 0)
        {
            throw new DomainException("公开的报告必须附有 PDF 文件。");
        }

        return new Publication
        {
            ReportId = reportId,
            BureauId = bureauId,
            Year = year,
            Version = version,
            State = PublicationState.Current,
            Title = content.Title,
            Publisher = Guard.Required(details.Publisher, PublisherMaxLength, "发布机构"),
            Category = Guard.Optional(details.Category, CategoryMaxLength, "主题分类"),
            DisclosureMethod = Guard.Optional(details.DisclosureMethod, DisclosureMethodMaxLength, "公开方式") is { Length: > 0 } method ? method : ActiveDisclosure,
            DocumentNumber = Guard.Optional(details.DocumentNumber, DocumentNumberMaxLength, "文号"),
            Summary = Summarize(details.Summary, content),
            DateWritten = content.DateWritten,
            PublishedOn = details.PublishedOn,
            PublishedAt = at,
            PublishedByName = by.DisplayName,
            Content = content,
            SearchText = ReportText.Plain(content),
            PdfSha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)),
            PdfLength = pdf.Length,
            File = new PublicationFile(pdf),
        };
    }

    /// <summary>内容概述: the given one, or the first words of the report (≤100 characters).</summary>
    private static string Summarize(string? summary, ReportContent content)
    {
        var text = PlainText.Line(summary);
        if (text.Length == 0)
        {
            text = PlainText.Paragraphs(content.Preamble).FirstOrDefault() ?? content.Title;
        }

        return text.Length <= SummaryMaxLength ? text : text[..(SummaryMaxLength - 1)] + "…";
    }
}

/// <summary>The bytes of a publication's PDF, rendered once and never again.</summary>
public sealed class PublicationFile
{
    private PublicationFile()
    {
    }

    internal PublicationFile(byte[] bytes) => Bytes = bytes;

    public int PublicationId { get; private set; }

    public byte[] Bytes { get; private set; } = [];
}

/// <summary>The disclosure metadata a publisher supplies (the rest comes from the report).</summary>
public sealed record PublicationDetails(
    string Publisher,
    DateOnly PublishedOn,
    string Category = "",
    string DocumentNumber = "",
    string Summary = "",
    string DisclosureMethod = Publication.ActiveDisclosure);
