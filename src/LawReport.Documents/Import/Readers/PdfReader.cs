using System.Text;
using System.Text.RegularExpressions;
using LawReport.Documents.Import.Parsing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace LawReport.Documents.Import.Readers;

/// <summary>
/// The text of a published PDF as paragraphs. A PDF holds positioned glyphs, not paragraphs: PdfPig
/// (Apache-2.0) gives each letter with its position and size; this class puts them into lines by their
/// baseline, drops what repeats on every page (page numbers such as <c>— 3 —</c> or <c>-3-</c>, running
/// headers and footers), rejoins the lines the layout broke by their positions (a line that reaches the
/// right margin goes on in the next unless that one is indented), and marks the large lines at the top
/// of the first page as the title. Scanned PDFs without a text layer are refused: OCR is not done here.
/// </summary>
internal static partial class PdfReader
{
    private const string Scanned = "这个 PDF 文件没有文字层（可能是扫描件或图片），无法读取其中的文字。本系统不做文字识别（OCR）。请导入报告的 Word（.docx）、网页（.html）或文本（.txt）版本，或先用 OCR 软件把它转成文字。";

    private const string Damaged = "无法读取这个 PDF 文件：它已损坏、不完整或已加密。请导入报告的 Word（.docx）、网页（.html）或文本（.txt）版本。";

    /// <summary>Lines the layout broke are this close to the right margin, in font sizes.</summary>
    private const double FullLineSlack = 1.5;

    /// <summary>A line starting this far right of the margin, in font sizes, is indented: a new paragraph.</summary>
    private const double IndentThreshold = 0.8;

    /// <summary>The title is at least this much larger than the body text.</summary>
    private const double TitleSizeRatio = 1.15;

    public static IReadOnlyList<SourceLine> Read(byte[] bytes)
    {
        List<List<PdfLine>> pages;
        try
        {
            using var document = PdfDocument.Open(bytes);
            pages = document.GetPages().Select(LinesOf).ToList();
        }
        catch (Exception e) when (e is not ImportException)
        {
            // PdfPig reports damaged, truncated and encrypted files with many exception types; to the
            // user they all mean this file cannot be read.
            throw new ImportException(Damaged);
        }

        if (pages.All(p => p.Count == 0))
        {
            throw new ImportException(Scanned);
        }

        RemoveRunningLines(pages);
        return Paragraphs(pages);
    }

    /// <summary>A line of one page: its text, left and right edges, baseline and font size.</summary>
    private sealed record PdfLine(string Text, double Left, double Right, double Baseline, double Size);

    private static List<PdfLine> LinesOf(Page page)
    {
        var letters = page.Letters
            .Where(l => l.TextOrientation == TextOrientation.Horizontal && !string.IsNullOrWhiteSpace(l.Value))
            .OrderByDescending(l => l.StartBaseLine.Y)
            .ThenBy(l => l.StartBaseLine.X)
            .ToList();
        var lines = new List<PdfLine>();
        var current = new List<Letter>();
        foreach (var letter in letters)
        {
            if (current.Count > 0 && Math.Abs(current[0].StartBaseLine.Y - letter.StartBaseLine.Y) > Size(current[0]) * 0.4)
            {
                lines.Add(Line(current));
                current.Clear();
            }

            current.Add(letter);
        }

        if (current.Count > 0)
        {
            lines.Add(Line(current));
        }

        return lines;
    }

    private static double Size(Letter letter) => letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1);

    private static PdfLine Line(List<Letter> letters)
    {
        var ordered = letters.OrderBy(l => l.StartBaseLine.X).ToList();
        var size = ordered.Select(Size).Max();
        var text = new StringBuilder();
        for (var i = 0; i < ordered.Count; i++)
        {
            // Words of Latin text are separated by a gap, not always by a space glyph.
            if (i > 0 && ordered[i].StartBaseLine.X - ordered[i - 1].EndBaseLine.X > size * 0.25
                && !(IsChinese(ordered[i - 1].Value) && IsChinese(ordered[i].Value)))
            {
                text.Append(' ');
            }

            text.Append(ordered[i].Value);
        }

        return new PdfLine(text.ToString(), ordered[0].StartBaseLine.X, ordered[^1].EndBaseLine.X, ordered[0].StartBaseLine.Y, size);
    }

    private static bool IsChinese(string value) => value.Length > 0 && (LineNormalizer.IsIdeograph(value[0]) || value[0] is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF');

    /// <summary>Drops page numbers, and lines at the top or bottom of most pages that repeat (running headers, footers).</summary>
    private static void RemoveRunningLines(List<List<PdfLine>> pages)
    {
        var repeated = pages
            .SelectMany(p => p.Take(2).Concat(p.TakeLast(2)).Select(l => Digits().Replace(l.Text, "#")).Distinct())
            .GroupBy(t => t)
            .Where(g => pages.Count >= 3 && g.Count() * 2 > pages.Count)
            .Select(g => g.Key)
            .ToHashSet();
        foreach (var page in pages)
        {
            var edges = page.Take(2).Concat(page.TakeLast(2)).ToHashSet();
            page.RemoveAll(l => PageNumber().IsMatch(l.Text) || (edges.Contains(l) && repeated.Contains(Digits().Replace(l.Text, "#"))));
        }
    }

    private static List<SourceLine> Paragraphs(List<List<PdfLine>> pages)
    {
        var all = pages.SelectMany(p => p).ToList();
        var bodySize = all.GroupBy(l => Math.Round(l.Size)).MaxBy(g => g.Sum(l => l.Text.Length))!.Key;
        var body = all.Where(l => Math.Abs(l.Size - bodySize) < 1).ToList();
        var left = body.GroupBy(l => Math.Round(l.Left)).MaxBy(g => g.Count())!.Key;
        var right = body.Select(l => l.Right).Order().ElementAt((int)(body.Count * 0.9));

        var result = new List<SourceLine>();
        var first = pages.First(p => p.Count > 0);
        var title = first.TakeWhile(l => l.Size >= bodySize * TitleSizeRatio).ToList();
        if (title.Count > 0)
        {
            result.Add(new SourceLine(string.Concat(title.Select(l => l.Text)), LineHint.Title));
        }

        var paragraph = new StringBuilder();
        PdfLine? previous = null;
        foreach (var line in all.Skip(title.Count))
        {
            var continues = previous is not null && paragraph.Length > 0
                && previous.Right >= right - (FullLineSlack * previous.Size)
                && line.Left <= left + (IndentThreshold * line.Size)
                && Math.Abs(line.Size - previous.Size) < 1;
            if (!continues && paragraph.Length > 0)
            {
                result.Add(new SourceLine(paragraph.ToString()));
                paragraph.Clear();
            }

            if (continues && char.IsAsciiLetterOrDigit(paragraph[^1]) && char.IsAsciiLetterOrDigit(line.Text[0]))
            {
                paragraph.Append(' ');
            }

            paragraph.Append(line.Text);
            previous = line;
        }

        if (paragraph.Length > 0)
        {
            result.Add(new SourceLine(paragraph.ToString()));
        }

        return result;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    /// <summary>— 3 —, -3-, – 3 –, 3, 第3页, 第 3 页 共 10 页, 3/10.</summary>
    [GeneratedRegex(@"^\s*(?:[—–\-－─]*\s*\d{1,4}\s*[—–\-－─]*|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})\s*$")]
    private static partial Regex PageNumber();
}
