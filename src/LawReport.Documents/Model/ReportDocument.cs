using LawReport.Domain.Common;
using LawReport.Domain.Reports;

namespace LawReport.Documents.Model;

/// <summary>
/// A report as a document: what the importer produces from a published file, what the typesetter
/// lays out, and what <c>lawreport import --json</c> prints (camelCase). Paragraph fields are lists;
/// numbering (一、（一）) is not part of any heading: it is generated from positions.
/// </summary>
public sealed record ReportDocument
{
    public string Title { get; init; } = "";

    /// <summary>The year reported on, when known.</summary>
    public int? Year { get; init; }

    /// <summary>The bureau's full name, when known (from the title or the signature).</summary>
    public string? Bureau { get; init; }

    /// <summary>主送机关 without the colon, e.g. 市委、市政府.</summary>
    public string Addressee { get; init; } = "";

    public IReadOnlyList<string> Preamble { get; init; } = [];

    public IReadOnlyList<DocumentSection> Sections { get; init; } = [];

    /// <summary>A closing formula such as 特此报告。</summary>
    public IReadOnlyList<string> Closing { get; init; } = [];

    /// <summary>发文机关署名.</summary>
    public string Signature { get; init; } = "";

    /// <summary>成文日期.</summary>
    public DateOnly? DateWritten { get; init; }

    /// <summary>附注, e.g. （此件公开发布）.</summary>
    public string Note { get; init; } = "";

    /// <summary>Disclosure metadata (政府信息公开目录) when the source carries it or the report is published.</summary>
    public DisclosureMetadata? Metadata { get; init; }

    /// <summary>The document as report content the domain accepts (for a new draft or an archive entry).</summary>
    public ReportContent ToContent() => new(
        Title,
        Addressee,
        string.Join(PlainText.ParagraphSeparator, Preamble),
        Sections.Select(s => new SectionContent(
                s.Kind,
                s.Heading,
                s.Items.Select(i => new ReportItemContent(i.Heading, string.Join(PlainText.ParagraphSeparator, i.Paragraphs))).ToList()))
            .ToList(),
        string.Join("", Closing),
        Signature,
        DateWritten,
        Note);

    /// <summary>A stored report's content as a document, e.g. to render it.</summary>
    public static ReportDocument FromContent(ReportContent content, string bureau, int year, DisclosureMetadata? metadata = null) => new()
    {
        Title = content.Title,
        Year = year,
        Bureau = bureau,
        Addressee = content.Addressee,
        Preamble = PlainText.Paragraphs(content.Preamble),
        Sections = content.Sections
            .Select(s => new DocumentSection
            {
                Kind = s.Kind,
                Heading = s.Heading,
                Items = s.Items
                    .Select(i => new DocumentItem { Heading = NullIfEmpty(i.Heading), Paragraphs = PlainText.Paragraphs(i.Body) })
                    .ToList(),
            })
            .ToList(),
        Closing = content.Closing.Length == 0 ? [] : [content.Closing],
        Signature = content.Signature,
        DateWritten = content.DateWritten,
        Note = content.Note,
        Metadata = metadata,
    };

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>One part of the report: its kind, its heading as the bureau wrote it (without 一、), its items.</summary>
public sealed record DocumentSection
{
    public SectionKind Kind { get; init; }

    public string Heading { get; init; } = "";

    /// <summary>
    /// How sure the importer is of <see cref="Kind"/>, from 0 to 1; 1 for sections that were not guessed
    /// (typed by a filer or confirmed by an administrator).
    /// </summary>
    public double Confidence { get; init; } = 1;

    public IReadOnlyList<DocumentItem> Items { get; init; } = [];
}

/// <summary>
/// A point of a section: an optional heading sentence (without （一）) and its paragraphs. A heading that
/// ends with a full stop is run in (the first paragraph follows on the same line); otherwise it stands
/// on its own line.
/// </summary>
public sealed record DocumentItem
{
    /// <summary>Sentence endings, full- and half-width (faithfully imported text keeps the latter), that make a heading run in.</summary>
    private static readonly char[] RunInEndings = ['。', '！', '？', '；', '：', '.', '!', '?', ';', ':'];

    public string? Heading { get; init; }

    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    /// <summary>The heading is a sentence and a paragraph follows: they share the heading's line (PDF and HTML alike).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsRunIn =>
        Heading?.Trim() is { Length: > 0 } heading && heading.IndexOfAny(RunInEndings, heading.Length - 1) >= 0
        && Paragraphs.Any(p => p.Trim().Length > 0);
}

/// <summary>The disclosure metadata of PRODUCT.md §1 (政府信息公开目录). All optional.</summary>
public sealed record DisclosureMetadata
{
    /// <summary>索引号, e.g. 014109568/2022-00012.</summary>
    public string? IndexNumber { get; init; }

    /// <summary>主题分类 / 法定主动公开分类.</summary>
    public string? Category { get; init; }

    /// <summary>发布机构.</summary>
    public string? Publisher { get; init; }

    /// <summary>生成日期.</summary>
    public DateOnly? DateGenerated { get; init; }

    /// <summary>公开日期.</summary>
    public DateOnly? DatePublished { get; init; }

    /// <summary>公开方式, e.g. 主动公开.</summary>
    public string? DisclosureMethod { get; init; }

    /// <summary>文号 / 文件编号.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>有效性 / 废止日期, e.g. 有效.</summary>
    public string? Validity { get; init; }

    /// <summary>内容概述 (≤100 characters).</summary>
    public string? Summary { get; init; }
}
