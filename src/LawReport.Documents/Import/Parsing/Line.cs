using LawReport.Domain.Reports;

namespace LawReport.Documents.Import.Parsing;

/// <summary>
/// A non-empty line of the report in two forms of the same length: <see cref="Text"/> as published
/// (what the report keeps) and <see cref="Normalized"/> with Chinese punctuation made full-width (what
/// structure is recognised by). Normalising maps one character to one character, so a position found
/// in one form is the same position in the other.
/// </summary>
internal sealed class Line
{
    private const string SentenceEnds = "。！？…";

    private static readonly char[] ClosingMarks = ['”', '’', '」', '』', '）', ')'];

    private int? _promotedNumberLength;

    private Line(string text, string normalized, LineHint hint)
    {
        Text = text;
        Normalized = normalized;
        Folded = ChineseVariants.Fold(normalized);
        Hint = hint;
        Number = Numbering.ParseLeading(normalized);
    }

    /// <summary>The line as published: control characters and indentation removed, runs of spaces collapsed.</summary>
    public string Text { get; }

    /// <summary><see cref="Text"/> with half-width punctuation that is clearly Chinese made full-width, for recognising structure.</summary>
    public string Normalized { get; }

    /// <summary><see cref="Normalized"/> with traditional characters folded, for matching words.</summary>
    public string Folded { get; }

    public LineHint Hint { get; }

    /// <summary>The numbering the line starts with, if any.</summary>
    public LeadingNumbering? Number { get; }

    /// <summary>A top-level heading: numbered 一、 or styled as a heading.</summary>
    public bool IsSectionHeading => Hint == LineHint.Section || Promoted is not null || (HasNoLevelHint && Number?.Style == NumberingStyle.Section);

    /// <summary>The evidence a heading not numbered 一、 was recognised by (<see cref="SectionHeadingFinder"/>).</summary>
    public HeadingEvidence? Promoted { get; private set; }

    /// <summary>Where a heading's text starts, after its numbering (一、, 第一部分, 一是).</summary>
    public int HeadingStart => _promotedNumberLength ?? Number?.Length ?? 0;

    /// <summary>No reader said which level the line is (plain text, or only set off as bold): its numbering decides.</summary>
    public bool HasNoLevelHint => Hint is LineHint.None or LineHint.Emphasized;

    /// <summary>The text after its numbering, as published.</summary>
    public string Unnumbered => Text[HeadingStart..];

    /// <summary>Ends as a finished sentence does, perhaps inside closing quotes (a truncated text does not).</summary>
    public bool EndsSentence
    {
        get
        {
            var text = Normalized.TrimEnd(ClosingMarks);
            return text.Length > 0 && SentenceEnds.Contains(text[^1]);
        }
    }

    /// <summary>Makes the line a top-level heading found by <paramref name="evidence"/>; its first <paramref name="numberLength"/> characters are numbering.</summary>
    public void PromoteToSection(HeadingEvidence evidence, int numberLength)
    {
        Promoted = evidence;
        _promotedNumberLength = numberLength;
    }

    /// <summary>Where a heading set off in the source (bold) ends inside the line, when the reader knew it.</summary>
    public int? RunInEnd { get; private init; }

    /// <summary>A line of extracted text; null when nothing is left of it once cleaned.</summary>
    public static Line? Read(string raw, LineHint hint = LineHint.None, string? runInHeading = null)
    {
        var text = LineNormalizer.Clean(raw);
        if (text.Length == 0)
        {
            return null;
        }

        var heading = runInHeading is null ? "" : LineNormalizer.Clean(runInHeading);
        return new Line(text, LineNormalizer.ChinesePunctuation(text), hint)
        {
            RunInEnd = heading.Length > 0 && heading.Length < text.Length && text.StartsWith(heading, StringComparison.Ordinal) ? heading.Length : null,
        };
    }

    /// <summary>The line from <paramref name="start"/> on, trimmed, both forms cut at the same place; null when nothing is left.</summary>
    public Line? From(int start)
    {
        var rest = Text.AsSpan(start);
        var leading = rest.Length - rest.TrimStart().Length;
        var length = rest.Trim().Length;
        return length == 0 ? null : new Line(Text.Substring(start + leading, length), Normalized.Substring(start + leading, length), LineHint.None);
    }
}
