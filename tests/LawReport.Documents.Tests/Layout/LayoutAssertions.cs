using LawReport.Documents.Layout;

namespace LawReport.Documents.Tests.Layout;

/// <summary>Facts about laid-out lines that several test classes check.</summary>
internal static class LayoutAssertions
{
    /// <summary>Lines of the 22-line grid (all but the letterhead mark and the page number).</summary>
    public static IEnumerable<PlacedLine> GridLines(LaidOutPage page) => page.Lines.Where(l => l.Row is not null);

    public static double CellsOf(PlacedLine line) => line.Glyphs.Sum(g => g.Width) / PageGeometry.Cell;

    /// <summary>The text of every line of the report in reading order, page numbers and letterhead excluded.</summary>
    public static string ReadingText(LaidOutReport report) =>
        SeedFixtures.WithoutWhitespace(string.Concat(report.Pages
            .SelectMany(p => p.Lines)
            .Where(l => l.Kind is not (LineKind.LetterheadMark or LineKind.DocumentNumber))
            .Select(l => l.Text)));
}
