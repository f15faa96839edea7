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
    public bool IsSectionHeading => Hint == LineHint.Section || (Hint == LineHint.None && Number?.Style == NumberingStyle.Section);

    /// <summary>The text after its numbering, as published.</summary>
    public string Unnumbered => Number is { } number ? Text[number.Length..] : Text;

    /// <summary>Ends as a finished sentence does, perhaps inside closing quotes (a truncated text does not).</summary>
    public bool EndsSentence
    {
        get
        {
            var text = Normalized.TrimEnd(ClosingMarks);
            return text.Length > 0 && SentenceEnds.Contains(text[^1]);
        }
    }

    /// <summary>A line of extracted text; null when nothing is left of it once cleaned.</summary>
    public static Line? Read(string raw, LineHint hint = LineHint.None)
    {
        var text = LineNormalizer.Clean(raw);
        return text.Length == 0 ? null : new Line(text, LineNormalizer.ChinesePunctuation(text), hint);
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
