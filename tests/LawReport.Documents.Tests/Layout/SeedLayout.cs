using LawReport.Documents.Layout;
using static LawReport.Documents.Layout.PageGeometry;

namespace LawReport.Documents.Tests.Layout;

/// <summary>The rules of GB/T 9704 checked on the positions the engine gives the five seed reports.</summary>
public class SeedLayout
{
    [Theory]
    [MemberData(nameof(SeedFixtures.Prefixes), MemberType = typeof(SeedFixtures))]
    public void Every_page_has_at_most_22_lines_each_on_its_own_row_of_the_grid(string seed)
    {
        foreach (var page in Layout(seed).Pages)
        {
            var rows = LayoutAssertions.GridLines(page).Select(l => l.Row!.Value).ToList();
            Assert.InRange(rows.Count, 1, LinesPerPage);
            Assert.Equal(rows.Count, rows.Distinct().Count());
            Assert.All(rows, r => Assert.InRange(r, 0, LinesPerPage - 1));
        }
    }

    [Theory]
    [MemberData(nameof(SeedFixtures.Prefixes), MemberType = typeof(SeedFixtures))]
    public void Every_full_line_spans_exactly_28_character_cells(string seed)
    {
        var full = Layout(seed).Pages.SelectMany(p => p.Lines).Where(l => l.IsFull).ToList();

        Assert.NotEmpty(full);
        Assert.All(full, l =>
        {
            Assert.Equal(TextRight, l.Right, 6);
            Assert.True(l.Left >= TextLeft - 1e-6);
            Assert.Equal(BodySize, l.FontSize);
        });
    }

    [Theory]
    [MemberData(nameof(SeedFixtures.Prefixes), MemberType = typeof(SeedFixtures))]
    public void No_line_starts_with_closing_punctuation_or_ends_with_opening_punctuation(string seed)
    {
        foreach (var line in Layout(seed).Pages.SelectMany(p => p.Lines))
        {
            Assert.False(CharacterClasses.IsClosing(System.Text.Rune.GetRuneAt(line.Glyphs[0].Text, 0)), line.Text);
            Assert.False(CharacterClasses.IsOpening(System.Text.Rune.GetRuneAt(line.Glyphs[^1].Text, 0)), line.Text);
        }
    }

    [Theory]
    [MemberData(nameof(SeedFixtures.Prefixes), MemberType = typeof(SeedFixtures))]
    public void Every_page_is_numbered_under_the_text_block_odd_right_even_left_one_character_in(string seed)
    {
        foreach (var page in Layout(seed).Pages)
        {
            var number = page.PageNumber;
            Assert.Equal($"—{page.Number}—", number.Text);
            Assert.Equal(PageNumberSize, number.FontSize);
            Assert.True(number.Baseline > TextBottom + (7 * PointsPerMillimetre));
            if (page.Number % 2 == 1)
            {
                Assert.Equal(TextRight - PageNumberSize, number.Right, 6);
            }
            else
            {
                Assert.Equal(TextLeft + PageNumberSize, number.Left, 6);
            }
        }
    }

    [Theory]
    [MemberData(nameof(SeedFixtures.Prefixes), MemberType = typeof(SeedFixtures))]
    public void The_lines_read_as_the_report_text_in_order(string seed)
    {
        var report = SeedFixtures.Load(seed);

        Assert.Equal(SeedFixtures.ReadingText(report), LayoutAssertions.ReadingText(ReportLayoutEngine.Layout(report)));
    }

    [Theory]
    [MemberData(nameof(SeedFixtures.Prefixes), MemberType = typeof(SeedFixtures))]
    public void No_page_ends_with_a_heading(string seed)
    {
        var pages = Layout(seed).Pages;

        Assert.All(pages.SkipLast(1), p => Assert.NotEqual(LineKind.Heading, LayoutAssertions.GridLines(p).Last().Kind));
    }

    private static LaidOutReport Layout(string seed) => ReportLayoutEngine.Layout(SeedFixtures.Load(seed));
}
