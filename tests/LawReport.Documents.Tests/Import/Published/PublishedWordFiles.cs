using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LawReport.Documents.Model;

namespace LawReport.Documents.Tests.Import.Published;

/// <summary>
/// Builds the Word files a report is kept as, from the report read from a seed: one whose structure is
/// only in its heading styles (the title in Heading 1 and the sections in Heading 2, as LibreOffice
/// saves a web page; no numbers in the text), and one numbered by Word's automatic lists (一、 and （一）
/// drawn by Word, not typed).
/// </summary>
internal static class PublishedWordFiles
{
    private const int SectionList = 1;
    private const int ItemList = 2;

    /// <summary>Title in Heading 1, sections in Heading 2, item headings in Heading 3; style ids as Chinese Word writes them ("1", "2"…).</summary>
    public static byte[] HeadingStyles(ReportDocument report) => Build(report, numbered: false);

    /// <summary>Sections and items numbered by Word's lists in Normal paragraphs; the title a bold paragraph.</summary>
    public static byte[] ListNumbering(ReportDocument report) => Build(report, numbered: true);

    private static byte[] Build(ReportDocument report, bool numbered)
    {
        var body = new Body();
        body.Append(numbered ? Bold(report.Title) : Styled(report.Title, "1"));
        if (report.Addressee.Length > 0)
        {
            body.Append(Plain(report.Addressee + "："));
        }

        foreach (var text in report.Preamble)
        {
            body.Append(Plain(text));
        }

        foreach (var section in report.Sections)
        {
            body.Append(numbered ? Listed(section.Heading, SectionList) : Styled(section.Heading, "2"));
            foreach (var item in section.Items)
            {
                var paragraphs = item.Paragraphs.ToList();
                if (item.Heading is { } heading)
                {
                    if (numbered)
                    {
                        body.Append(Listed(heading + (paragraphs.Count > 0 ? paragraphs[0] : ""), ItemList));
                        paragraphs = paragraphs.Skip(1).ToList();
                    }
                    else
                    {
                        body.Append(Styled(heading, "3"));
                    }
                }

                foreach (var text in paragraphs)
                {
                    body.Append(Plain(text));
                }
            }
        }

        foreach (var text in report.Closing.Append(report.Signature).Append(report.DateWritten is { } d ? $"{d.Year}年{d.Month}月{d.Day}日" : "").Append(report.Note))
        {
            if (text.Length > 0)
            {
                body.Append(Plain(text));
            }
        }

        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(body);
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                Style("a", "Normal"),
                Style("1", "heading 1"),
                Style("2", "heading 2"),
                Style("3", "heading 3"));
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                List(SectionList, "%1、"),
                List(ItemList, "（%1）"),
                new NumberingInstance(new AbstractNumId { Val = SectionList }) { NumberID = SectionList },
                new NumberingInstance(new AbstractNumId { Val = ItemList }) { NumberID = ItemList });
        }

        return buffer.ToArray();
    }

    private static Paragraph Plain(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Paragraph Bold(string text) =>
        new(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), new Run(new RunProperties(new Bold()), new Text(text)));

    private static Paragraph Styled(string text, string styleId) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), new Run(new Text(text)));

    private static Paragraph Listed(string text, int list) =>
        new(
            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = list })),
            new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Style Style(string id, string name) => new(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };

    private static AbstractNum List(int id, string pattern) =>
        new(new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = NumberFormatValues.ChineseCounting },
            new LevelText { Val = pattern })
        { LevelIndex = 0 })
        { AbstractNumberId = id };
}
