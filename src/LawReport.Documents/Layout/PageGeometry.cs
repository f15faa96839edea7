namespace LawReport.Documents.Layout;

/// <summary>
/// The page of GB/T 9704-2012 (PRODUCT.md §4) in PDF points, origin at the top-left corner, y downwards.
/// The body grid fills the text block exactly: 22 lines of 28 characters, so the line pitch and the
/// character cell are derived from the block, never rounded.
/// </summary>
public static class PageGeometry
{
    public const double PointsPerMillimetre = 72 / 25.4;

    public const double PageWidth = 210 * PointsPerMillimetre;
    public const double PageHeight = 297 * PointsPerMillimetre;

    /// <summary>天头: top margin to the text block.</summary>
    public const double TextTop = 37 * PointsPerMillimetre;

    /// <summary>订口: left margin to the text block.</summary>
    public const double TextLeft = 28 * PointsPerMillimetre;

    public const double TextWidth = 156 * PointsPerMillimetre;
    public const double TextHeight = 225 * PointsPerMillimetre;
    public const double TextRight = TextLeft + TextWidth;
    public const double TextBottom = TextTop + TextHeight;

    public const int LinesPerPage = 22;
    public const int CharactersPerLine = 28;

    /// <summary>225 mm / 22 ≈ 28.99 pt.</summary>
    public const double LinePitch = TextHeight / LinesPerPage;

    /// <summary>156 mm / 28 ≈ 15.79 pt: a 3号 character with its share of the line.</summary>
    public const double Cell = TextWidth / CharactersPerLine;

    /// <summary>Layout widths are counted in half cells so that Latin letters and digits stay integral.</summary>
    public const int UnitsPerLine = CharactersPerLine * 2;

    /// <summary>2号 title, 3号 body, 4号 page numbers.</summary>
    public const double TitleSize = 22;
    public const double BodySize = 16;
    public const double PageNumberSize = 14;

    /// <summary>The page number's dash line sits 7 mm under the text block.</summary>
    public const double PageNumberDrop = 7 * PointsPerMillimetre;

    /// <summary>
    /// Where a glyph's baseline sits in its em box: CJK fonts put the ideographic em box about 0.88 em
    /// above the baseline and 0.12 em below it.
    /// </summary>
    public const double EmAscent = 0.88;

    /// <summary>The top edge of a grid row (0 = first line of the page).</summary>
    public static double RowTop(int row) => TextTop + (row * LinePitch);

    /// <summary>The baseline of text of the given size centred vertically in a grid row.</summary>
    public static double RowBaseline(int row, double fontSize) => RowTop(row) + ((LinePitch - fontSize) / 2) + (fontSize * EmAscent);
}
