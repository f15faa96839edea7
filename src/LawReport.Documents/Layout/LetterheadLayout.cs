using static LawReport.Documents.Layout.PageGeometry;

namespace LawReport.Documents.Layout;

/// <summary>
/// The 版头 of GB/T 9704 7.2 on the first page: 发文机关标志 in red 35 mm under the top of the text block,
/// 发文字号 two lines under it (for a 上行文 flush left one character in, with 签发人 on the right), a red
/// line as wide as the block 4 mm under the 发文字号, and the title two blank lines under that line.
/// </summary>
internal sealed record LetterheadLayout(IReadOnlyList<PlacedLine> Lines, PlacedRule Rule, int FirstContentRow)
{
    private const double MarkTopDrop = 35 * PointsPerMillimetre;

    /// <summary>The mark is at most 小初 (36 pt) and shrinks to fit the width of the text block.</summary>
    private const double MarkMaxSize = 36;

    private const double RuleDrop = 4 * PointsPerMillimetre;
    private const double RuleThickness = 1.5;

    public static LetterheadLayout Create(Letterhead letterhead, TextSetter text)
    {
        // Set at the largest size first: the advances of narrow characters scale with it.
        var markUnits = Math.Max(1, text.Set(letterhead.IssuerMark.Trim(), FontRole.Title, MarkMaxSize, MarkMaxSize / 2).Sum(a => a.Units));
        var size = Math.Min(MarkMaxSize, TextWidth / (markUnits / 2.0));
        var mark = text.Set(letterhead.IssuerMark.Trim(), FontRole.Title, size, size / 2);
        markUnits = Math.Max(1, mark.Sum(a => a.Units));
        var markTop = TextTop + MarkTopDrop;
        var markGlyphs = Atom.Place(mark, TextLeft + ((TextWidth - (markUnits * size / 2)) / 2), size / 2);
        var markLine = new PlacedLine(LineKind.LetterheadMark, null, markTop + (size * EmAscent), size, markGlyphs, IsFull: false, InkColor.Red);

        var firstRowBelowMark = (int)Math.Ceiling((markTop + size - TextTop) / LinePitch);
        var numberRow = firstRowBelowMark + 2;
        var numberLine = new PlacedLine(
            LineKind.DocumentNumber, numberRow, RowBaseline(numberRow, BodySize), BodySize, NumberGlyphs(letterhead, text), IsFull: false);

        var ruleY = RowTop(numberRow) + ((LinePitch - BodySize) / 2) + BodySize + RuleDrop;
        var rule = new PlacedRule(TextLeft, TextRight, ruleY, RuleThickness, InkColor.Red);
        var ruleRow = (int)Math.Floor((ruleY - TextTop) / LinePitch);
        return new LetterheadLayout([markLine, numberLine], rule, ruleRow + 3);
    }

    private static List<PlacedGlyph> NumberGlyphs(Letterhead letterhead, TextSetter text)
    {
        var number = text.Body(letterhead.DocumentNumber.Trim(), FontRole.Body);
        const double Unit = Cell / 2;
        if (string.IsNullOrWhiteSpace(letterhead.Signer))
        {
            return Atom.Place(number, TextLeft + ((UnitsPerLine - number.Sum(a => a.Units)) / 2.0 * Unit), Unit);
        }

        // 上行文: 发文字号 one character in from the left, 签发人 (name in 楷体) one character in from the right.
        var signer = text.Body("签发人：", FontRole.Body).Concat(text.Body(letterhead.Signer.Trim(), FontRole.Heading2)).ToList();
        return
        [
            .. Atom.Place(number, TextLeft + Cell, Unit),
            .. Atom.Place(signer, TextRight - Cell - (signer.Sum(a => a.Units) * Unit), Unit),
        ];
    }
}
