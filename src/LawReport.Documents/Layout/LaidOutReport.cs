namespace LawReport.Documents.Layout;

/// <summary>
/// A report laid out on pages: every glyph with its role, size and position in points (origin top-left).
/// A backend only draws it; the tests check the rules of GB/T 9704 on it.
/// </summary>
public sealed record LaidOutReport(IReadOnlyList<LaidOutPage> Pages);

/// <summary>One A4 page: its text lines in reading order, its page number, rules (the red separator line) and watermark.</summary>
public sealed record LaidOutPage(
    int Number,
    IReadOnlyList<PlacedLine> Lines,
    PlacedLine PageNumber,
    IReadOnlyList<PlacedRule> Rules,
    string? Watermark);

/// <summary>What a line is, so that checks and backends can tell body lines from the rest.</summary>
public enum LineKind
{
    LetterheadMark,
    DocumentNumber,
    Title,
    Addressee,
    Heading,
    Body,
    Signature,
    Date,
    Note,
    PageNumber,
}

public enum InkColor
{
    Black,

    /// <summary>The red of the 红头: 发文机关标志 and the separator line.</summary>
    Red,
}

/// <summary>
/// One line of text. <see cref="Row"/> is its line of the 22-line grid, or null for lines placed off the
/// grid (letterhead, page number). <see cref="IsFull"/> lines run the whole measure.
/// </summary>
public sealed record PlacedLine(
    LineKind Kind,
    int? Row,
    double Baseline,
    double FontSize,
    IReadOnlyList<PlacedGlyph> Glyphs,
    bool IsFull,
    InkColor Color = InkColor.Black)
{
    public double Left => Glyphs.Count == 0 ? 0 : Glyphs[0].X;

    public double Right => Glyphs.Count == 0 ? 0 : Glyphs[^1].X + Glyphs[^1].Width;

    public string Text => string.Concat(Glyphs.Select(g => g.Text));
}

/// <summary>One character at its place: <see cref="X"/> is the left edge of its cell, <see cref="Width"/> the cell's width.</summary>
public readonly record struct PlacedGlyph(string Text, FontRole Role, double X, double Width);

/// <summary>A horizontal rule, e.g. the red separator line under the 发文字号.</summary>
public sealed record PlacedRule(double X1, double X2, double Y, double Thickness, InkColor Color);
