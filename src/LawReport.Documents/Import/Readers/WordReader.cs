using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LawReport.Documents.Import.Readers;

/// <summary>
/// The paragraphs of a .docx file, in reading order, with what Word shows but does not store as text:
/// the labels of automatic numbering (一、 （一） 1.) and whether a paragraph is styled as the title or
/// a heading. Tables are read cell by cell; text boxes, deleted revisions and field codes are skipped.
/// </summary>
internal static class WordReader
{
    private const string NotWord = "无法读取这个 Word 文件：它不是有效的 .docx 文件，或已经损坏。如果是旧版 .doc 或 WPS 文件，请先另存为 .docx。";

    public static IReadOnlyList<SourceLine> Read(Stream stream)
    {
        try
        {
            var settings = new OpenSettings { MaxCharactersInPart = ImportLimits.MaxWordPartCharacters };
            using var document = WordprocessingDocument.Open(stream, isEditable: false, settings);
            var main = document.MainDocumentPart ?? throw new ImportException(NotWord);
            EnsureWithinBudget(main);
            var body = main.Document?.Body ?? throw new ImportException("Word 文件里没有正文。");
            var styles = new WordStyles(main.StyleDefinitionsPart?.Styles);
            var labels = new WordListLabels(main.NumberingDefinitionsPart?.Numbering);
            var lines = new List<SourceLine>();
            foreach (var paragraph in body.Descendants<Paragraph>())
            {
                if (paragraph.Ancestors<TextBoxContent>().Any())
                {
                    continue;
                }

                var text = ParagraphText(paragraph);
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
                var label = labels.Next(paragraph.ParagraphProperties?.NumberingProperties ?? styles.Numbering(styleId));
                var hint = styles.Hint(styleId, paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value);
                // A line break inside a paragraph (Shift+Enter) separates lines as a new paragraph would.
                var parts = text.Split('\n');
                lines.Add(new SourceLine(label + parts[0], hint));
                lines.AddRange(parts.Skip(1).Select(part => new SourceLine(part)));
            }

            return lines;
        }
        catch (Exception e) when (e is not ImportException)
        {
            // A damaged package fails in many ways deep inside OpenXml and System.IO.Packaging (zip,
            // packaging, XML, enumeration and number parsing errors, found by fuzzing); to the user
            // they all mean the same: this file cannot be read.
            throw new ImportException(NotWord);
        }
    }

    /// <summary>
    /// Reads the main part once as a stream, counting text characters and elements in chunks, and refuses
    /// the file before its document tree is built when either is beyond what a report can hold: a small
    /// compressed file must not cost the server gigabytes (<see cref="ImportLimits.MaxWordTextCharacters"/>).
    /// </summary>
    private static void EnsureWithinBudget(MainDocumentPart main)
    {
        using var stream = main.GetStream(FileMode.Open, FileAccess.Read);
        using var xml = System.Xml.XmlReader.Create(stream, new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit, IgnoreComments = true });
        var buffer = new char[4096];
        long characters = 0, elements = 0;
        while (xml.Read())
        {
            if (xml.NodeType == System.Xml.XmlNodeType.Element && ++elements > ImportLimits.MaxWordElements)
            {
                throw new ImportException(ImportLimits.WordTooLongMessage);
            }

            if (xml.NodeType is System.Xml.XmlNodeType.Text or System.Xml.XmlNodeType.CDATA)
            {
                int read;
                while ((read = xml.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
                {
                    characters += read;
                    if (characters > ImportLimits.MaxWordTextCharacters)
                    {
                        throw new ImportException(ImportLimits.WordTooLongMessage);
                    }
                }
            }
        }
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t when !t.Ancestors<TextBoxContent>().Any():
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append(' ');
                    break;
                case Break br when br.Type?.Value is null or BreakValues.TextWrapping:
                case CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>Heading and title styles, and numbering that a style carries.</summary>
    private sealed class WordStyles(Styles? styles)
    {
        private readonly Dictionary<string, Style> _byId = styles?.Elements<Style>()
            .Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal) ?? [];

        public LineHint Hint(string? styleId, int? outlineLevel)
        {
            var level = outlineLevel ?? Inherited(styleId, s => s.StyleParagraphProperties?.OutlineLevel?.Val?.Value);
            var name = (Find(styleId)?.StyleName?.Val?.Value ?? "").Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
            return name switch
            {
                "title" or "标题" => LineHint.Title,
                "heading1" or "标题1" => LineHint.Section,
                "heading2" or "标题2" => LineHint.Item,
                _ => level switch
                {
                    0 => LineHint.Section,
                    1 => LineHint.Item,
                    _ => LineHint.None,
                },
            };
        }

        public NumberingProperties? Numbering(string? styleId) =>
            Inherited(styleId, s => s.StyleParagraphProperties?.NumberingProperties);

        /// <summary>A property from the style or the styles it is based on (a chain Word limits; cycles are cut).</summary>
        private T? Inherited<T>(string? styleId, Func<Style, T?> property)
        {
            for (var (style, depth) = (Find(styleId), 0); style is not null && depth < 20; style = Find(style.BasedOn?.Val?.Value), depth++)
            {
                if (property(style) is { } value)
                {
                    return value;
                }
            }

            return default;
        }

        private Style? Find(string? styleId) => styleId is not null && _byId.TryGetValue(styleId, out var style) ? style : null;
    }
}
