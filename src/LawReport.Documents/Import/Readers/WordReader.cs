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

    /// <summary>The paragraphs as lines; what could not be kept (tables) is added to <paramref name="warnings"/>.</summary>
    public static IReadOnlyList<SourceLine> Read(Stream stream, List<string> warnings)
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
            var paragraphs = new List<WordParagraph>();
            var rowsRead = new HashSet<TableRow>();
            foreach (var paragraph in body.Descendants<Paragraph>())
            {
                if (paragraph.Ancestors<TextBoxContent>().Any())
                {
                    continue;
                }

                if (paragraph.Ancestors<TableRow>().LastOrDefault() is { } row)
                {
                    // A table is read as text, one line per row: its cells in order, separated by spaces.
                    if (rowsRead.Add(row) && RowText(row) is { Length: > 0 } rowText)
                    {
                        paragraphs.Add(new WordParagraph(rowText, null, false));
                    }

                    continue;
                }

                var text = ParagraphText(paragraph);
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
                var label = labels.Next(paragraph.ParagraphProperties?.NumberingProperties ?? styles.Numbering(styleId));
                var level = styles.Level(styleId, paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value);
                var runIn = BoldStart(paragraph, styles, styleId);
                paragraphs.Add(new WordParagraph(label + text, level, IsBold(paragraph, styles, styleId), runIn is null ? null : label + runIn));
            }

            if (rowsRead.Count > 0)
            {
                warnings.Add($"原文含有表格（{rowsRead.Count} 行），已按行读成文字，表格格式没有保留，请核对。");
            }

            return Lines(paragraphs);
        }
        catch (Exception e) when (e is not ImportException)
        {
            // A damaged package fails in many ways deep inside OpenXml and System.IO.Packaging (zip,
            // packaging, XML, enumeration and number parsing errors, found by fuzzing); to the user
            // they all mean the same: this file cannot be read.
            throw new ImportException(NotWord);
        }
    }

    /// <summary>A paragraph as read: its text with its list label, its heading level (-1 for the Title style), whether all of it is bold.</summary>
    private sealed record WordParagraph(string Text, int? Level, bool Bold, string? RunInHeading = null);

    /// <summary>
    /// Heading levels are relative: the shallowest level used is the sections' (一、), the next the items'
    /// ((一)) — unless it is used once, at the top, for the title, as in documents whose title is in
    /// Heading 1 and whose 一、 headings are in Heading 2 (every page LibreOffice saves as .docx).
    /// </summary>
    private static List<SourceLine> Lines(List<WordParagraph> paragraphs)
    {
        var levels = paragraphs.Where(p => p.Level >= 0).Select(p => p.Level!.Value).ToList();
        var titleLevel = -1;
        if (levels.Count > 0 && !paragraphs.Any(p => p.Level == -1))
        {
            var top = levels.Min();
            var first = paragraphs.FindIndex(p => p.Level is not null);
            if (levels.Count(l => l == top) == 1 && first < 3 && levels.Count > 1)
            {
                titleLevel = top;
            }
        }

        var headingLevels = levels.Where(l => l != titleLevel || titleLevel < 0).Distinct().Order().ToList();
        if (titleLevel >= 0)
        {
            headingLevels.Remove(titleLevel);
        }

        var lines = new List<SourceLine>();
        foreach (var paragraph in paragraphs)
        {
            var hint = paragraph.Level switch
            {
                -1 => LineHint.Title,
                { } level when level == titleLevel => LineHint.Title,
                { } level when headingLevels.Count > 0 && level == headingLevels[0] => LineHint.Section,
                { } level when headingLevels.Count > 1 && level == headingLevels[1] => LineHint.Item,
                _ => paragraph.Bold ? LineHint.Emphasized : LineHint.None,
            };

            // A line break inside a paragraph (Shift+Enter) separates lines as a new paragraph would.
            var parts = paragraph.Text.Split('\n');
            lines.Add(new SourceLine(parts[0], hint, paragraph.Bold ? null : paragraph.RunInHeading));
            lines.AddRange(parts.Skip(1).Select(part => new SourceLine(part)));
        }

        return lines;
    }

    private static string RowText(TableRow row) =>
        string.Join(" ", row.Elements<TableCell>()
            .Select(cell => string.Join(" ", cell.Descendants<Paragraph>().Select(ParagraphText).Select(t => t.Replace('\n', ' ').Trim()).Where(t => t.Length > 0)))
            .Where(t => t.Length > 0));

    /// <summary>The paragraph's bold start when plain text follows it (a run-in heading), else null.</summary>
    private static string? BoldStart(Paragraph paragraph, WordStyles styles, string? styleId)
    {
        var styleBold = styles.Bold(styleId);
        var runs = paragraph.Descendants<Run>().Where(r => r.Descendants<Text>().Any(t => t.Text.Length > 0)).ToList();
        var bold = runs.TakeWhile(r => r.RunProperties?.Bold is { } b ? b.Val?.Value ?? true : styleBold).ToList();
        return bold.Count > 0 && bold.Count < runs.Count
            ? string.Concat(bold.SelectMany(r => r.Descendants<Text>()).Select(t => t.Text))
            : null;
    }

    /// <summary>Every run with text is bold (directly or by its paragraph's style): the paragraph is set off as a heading.</summary>
    private static bool IsBold(Paragraph paragraph, WordStyles styles, string? styleId)
    {
        var runs = paragraph.Descendants<Run>().Where(r => r.Descendants<Text>().Any(t => t.Text.Trim().Length > 0)).ToList();
        var styleBold = styles.Bold(styleId);
        return runs.Count > 0 && runs.All(r => r.RunProperties?.Bold is { } bold ? bold.Val?.Value ?? true : styleBold);
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

        /// <summary>The heading level: -1 for the Title style, 0 for Heading 1 (标题 1) or outline level 1, …; null for body text.</summary>
        public int? Level(string? styleId, int? outlineLevel)
        {
            var name = (Find(styleId)?.StyleName?.Val?.Value ?? "").Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
            if (name is "title" or "标题")
            {
                return -1;
            }

            if ((name.StartsWith("heading", StringComparison.Ordinal) || name.StartsWith("标题", StringComparison.Ordinal))
                && int.TryParse(name.AsSpan(name.StartsWith('h') ? 7 : 2), out var heading) && heading is >= 1 and <= 9)
            {
                return heading - 1;
            }

            var level = outlineLevel ?? Inherited(styleId, s => s.StyleParagraphProperties?.OutlineLevel?.Val?.Value);
            return level is >= 0 and < 9 ? level : null;
        }

        public bool Bold(string? styleId) =>
            Inherited(styleId, s => s.StyleRunProperties?.Bold is { } bold ? (bool?)(bold.Val?.Value ?? true) : null) ?? false;

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
