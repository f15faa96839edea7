using LawReport.Domain.Common;

namespace LawReport.Domain.Reports;

/// <summary>A report's text as a reader sees it, numbering included, one paragraph per line.</summary>
public static class ReportText
{
    public static string Plain(ReportContent content)
    {
        var lines = OpeningLines(content)
            .Concat(content.Sections.SelectMany((section, index) => SectionLines(section, index + 1)))
            .Concat(EndingLines(content));
        return string.Join('\n', lines);
    }

    /// <summary>Title, addressee (with its colon) and the opening paragraphs.</summary>
    public static IEnumerable<string> OpeningLines(ReportContent content) =>
        NonEmpty([content.Title, content.Addressee.Length > 0 ? content.Addressee + "：" : "", .. PlainText.Paragraphs(content.Preamble)]);

    /// <summary>
    /// A section's heading with its label (一、) followed by its items: a headed item's heading with its
    /// label (（一）), then its paragraphs.
    /// </summary>
    public static IEnumerable<string> SectionLines(SectionContent section, int position) =>
        NonEmpty([Numbering.SectionLabel(position) + section.Heading, .. BodyLines(section)]);

    /// <summary>A section's items without its heading: what a reader compares between two versions.</summary>
    public static IEnumerable<string> BodyLines(SectionContent section)
    {
        var number = 0;
        foreach (var item in section.Items)
        {
            if (!string.IsNullOrEmpty(item.Heading))
            {
                yield return Numbering.ItemLabel(++number) + item.Heading;
            }

            foreach (var paragraph in PlainText.Paragraphs(item.Body))
            {
                yield return paragraph;
            }
        }
    }

    /// <summary>Closing formula, signature, date written and note.</summary>
    public static IEnumerable<string> EndingLines(ReportContent content) =>
        NonEmpty([content.Closing, content.Signature, content.DateWritten is { } date ? ChineseDate.Format(date) : "", content.Note]);

    private static IEnumerable<string> NonEmpty(IEnumerable<string> lines) => lines.Where(line => line.Length > 0);
}
