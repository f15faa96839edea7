using LawReport.Documents.Model;
using LawReport.Domain.Reports;

namespace LawReport.Documents.Tests.Layout;

/// <summary>Builds small reports whose line count is known: a one-line title, a blank line, then paragraphs.</summary>
internal static class ReportBuilder
{
    /// <summary>A paragraph of exactly <paramref name="lines"/> lines (indented two characters: 26 + 28 + …).</summary>
    public static string Paragraph(int lines) => new('文', 26 + ((lines - 1) * 28));

    /// <summary>A report whose preamble fills grid rows 2 .. 2 + count - 1 of the first page with one-line paragraphs.</summary>
    public static ReportDocument WithOneLineParagraphs(int count, params DocumentSection[] sections) => new()
    {
        Title = "测试报告",
        Preamble = Enumerable.Range(0, count).Select(_ => Paragraph(1)).ToList(),
        Sections = sections,
    };

    public static DocumentSection Section(string heading, params DocumentItem[] items) =>
        new() { Kind = SectionKind.Measures, Heading = heading, Items = items };

    public static DocumentItem Item(string? heading, params string[] paragraphs) => new() { Heading = heading, Paragraphs = paragraphs };
}
