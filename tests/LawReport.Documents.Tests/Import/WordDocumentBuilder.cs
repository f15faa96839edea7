using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LawReport.Documents.Tests.Import;

/// <summary>
/// Builds small .docx files for the tests as Word writes them: a Title and two heading styles, and two
/// automatic lists — <see cref="SectionList"/> drawing 一、二、… and <see cref="ItemList"/> drawing
/// （一）（二）… — whose labels are not stored as text.
/// </summary>
internal sealed class WordDocumentBuilder
{
    public const int SectionList = 1;
    public const int ItemList = 2;

    private readonly List<Paragraph> _paragraphs = [];

    public WordDocumentBuilder Paragraph(string text, string? style = null, int? list = null) =>
        Paragraph(style, list, new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    /// <summary>A paragraph of the given runs (e.g. with breaks or deleted text).</summary>
    public WordDocumentBuilder Paragraph(string? style, int? list, params OpenXmlElement[] content)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.Append(new ParagraphStyleId { Val = style });
        }

        if (list is { } listId)
        {
            properties.Append(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = listId }));
        }

        _paragraphs.Add(new Paragraph([properties, .. content]));
        return this;
    }

    /// <param name="trailing">Elements after the paragraphs, e.g. a table.</param>
    public byte[] Build(params OpenXmlElement[] trailing)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body([.. _paragraphs.Select(p => p.CloneNode(true)), .. trailing.Select(e => e.CloneNode(true))]));
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                ParagraphStyle("Title", "Title"),
                ParagraphStyle("Heading1", "heading 1"),
                ParagraphStyle("Heading2", "heading 2"));
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                List(SectionList, "%1、"),
                List(ItemList, "（%1）"),
                new NumberingInstance(new AbstractNumId { Val = SectionList }) { NumberID = SectionList },
                new NumberingInstance(new AbstractNumId { Val = ItemList }) { NumberID = ItemList });
        }

        return buffer.ToArray();
    }

    private static Style ParagraphStyle(string id, string name) =>
        new(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };

    private static AbstractNum List(int id, string pattern) =>
        new(new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = NumberFormatValues.ChineseCounting },
            new LevelText { Val = pattern })
        { LevelIndex = 0 })
        { AbstractNumberId = id };
}
