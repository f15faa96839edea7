using LawReport.Domain.Reports;

namespace LawReport.Documents.Import.Parsing;

/// <summary>A normalised, non-empty line of the report with what the parser asks of it.</summary>
internal sealed class Line
{
    private const string SentenceEnds = "。！？…";

    private static readonly char[] ClosingMarks = ['”', '’', '」', '』', '）', ')'];

    public Line(string text, LineHint hint = LineHint.None)
    {
        Text = text;
        Folded = ChineseVariants.Fold(text);
        Hint = hint;
        Number = Numbering.ParseLeading(text);
    }

    public string Text { get; }

    /// <summary><see cref="Text"/> with traditional characters folded, for matching.</summary>
    public string Folded { get; }

    public LineHint Hint { get; }

    /// <summary>The numbering the line starts with, if any.</summary>
    public LeadingNumbering? Number { get; }

    /// <summary>A top-level heading: numbered 一、 or styled as a heading.</summary>
    public bool IsSectionHeading => Hint == LineHint.Section || (Hint == LineHint.None && Number?.Style == NumberingStyle.Section);

    /// <summary>The text after its numbering.</summary>
    public string Unnumbered => Number is { } number ? Text[number.Length..] : Text;

    /// <summary>Ends as a finished sentence does, perhaps inside closing quotes (a truncated text does not).</summary>
    public bool EndsSentence
    {
        get
        {
            var text = Text.TrimEnd(ClosingMarks);
            return text.Length > 0 && SentenceEnds.Contains(text[^1]);
        }
    }
}
