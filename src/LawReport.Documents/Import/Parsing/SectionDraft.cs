using LawReport.Domain.Reports;

namespace LawReport.Documents.Import.Parsing;

/// <summary>A section while the parser builds it: where it came from, its items, and its kind once classified.</summary>
internal sealed class SectionDraft
{
    /// <summary>The heading line as written; null for a section the parser adds (see <see cref="Structure"/>).</summary>
    public Line? HeadingLine { get; init; }

    /// <summary>The heading without its numbering; empty until supplied when the source has none.</summary>
    public string Heading { get; set; } = "";

    /// <summary>The section's own lines, up to the next heading.</summary>
    public List<Line> Lines { get; } = [];

    /// <summary>
    /// Headings of a list whose numbering restarted at 一、 under this section (seed 002's plan list):
    /// each becomes one item, its lines that item's paragraphs.
    /// </summary>
    public List<SectionDraft> Members { get; } = [];

    /// <summary>The sentence that introduced a restarted list (2022年，市外办…), first item of this section.</summary>
    public Line? Intro { get; init; }

    /// <summary>The kind the document's structure implies for a section the parser added.</summary>
    public SectionKind? Structure { get; init; }

    public List<ItemDraft> Items { get; set; } = [];

    public SectionKind Kind { get; set; }

    public double Confidence { get; set; }

    /// <summary>All text of the section, folded, for the classifier.</summary>
    public string FoldedText => ChineseVariants.Fold(string.Concat(Items.SelectMany(i => i.Heading is null ? i.Paragraphs : i.Paragraphs.Prepend(i.Heading))));
}

/// <summary>An item while it is read: its heading (null for plain paragraphs) and paragraphs.</summary>
internal sealed class ItemDraft(string? heading)
{
    public string? Heading { get; } = heading;

    public List<string> Paragraphs { get; } = [];
}
