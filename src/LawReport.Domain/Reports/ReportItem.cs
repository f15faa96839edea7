using LawReport.Domain.Common;

namespace LawReport.Domain.Reports;

/// <summary>
/// One numbered point of a section: an optional heading sentence (rendered run-in after （一） when it
/// ends with a full stop, on its own line otherwise) and body paragraphs. An item without a heading is
/// plain paragraphs, e.g. the introduction of a section.
/// </summary>
public sealed class ReportItem
{
    private ReportItem()
    {
    }

    internal ReportItem(ReportItemContent content, int order)
    {
        Heading = Numbering.StripLeading(
            Guard.Optional(content.Heading, AnnualReportLimits.ItemHeadingMaxLength, "小标题"));
        Body = Guard.OptionalBlock(content.Body, AnnualReportLimits.ItemBodyMaxLength, "正文");
        Order = order;
    }

    public int Id { get; private set; }

    public int Order { get; internal set; }

    public string Heading { get; private set; } = "";

    /// <summary>Paragraphs separated by a blank line (<see cref="PlainText.ParagraphSeparator"/>).</summary>
    public string Body { get; private set; } = "";

    public bool HasHeading => Heading.Length > 0;

    public IReadOnlyList<string> Paragraphs => PlainText.Paragraphs(Body);

    public bool IsEmpty => Heading.Length == 0 && Body.Length == 0;

    public ReportItemContent Content => new(Heading, Body);
}

/// <summary>What a user writes for an item; the domain normalises it.</summary>
public sealed record ReportItemContent(string? Heading, string? Body);
