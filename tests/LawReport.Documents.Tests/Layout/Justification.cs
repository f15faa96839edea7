using LawReport.Documents.Layout;

namespace LawReport.Documents.Tests.Layout;

public class Justification
{
    private const int Measure = PageGeometry.UnitsPerLine;

    [Fact]
    public void A_line_that_gave_a_character_to_the_next_is_spread_to_the_full_measure()
    {
        var lines = LineBreaker.Break(LineBreaking.Atoms(new string('中', 28) + "，国家"), Measure);

        Assert.True(lines[0].IsJustified);
        Assert.Equal(Measure, lines[0].RightUnits, 9);
    }

    [Fact]
    public void The_added_space_is_the_same_between_every_two_characters()
    {
        var line = LineBreaker.Break(LineBreaking.Atoms(new string('中', 28) + "，国家"), Measure)[0];

        var gaps = line.Offsets.Zip(line.Offsets.Skip(1), (a, b) => b - a).Distinct().ToList();
        var gap = Assert.Single(gaps.Select(g => Math.Round(g, 9)).Distinct());
        Assert.Equal(2 + (2.0 / 26), gap, 9);
    }

    [Fact]
    public void No_space_is_added_inside_a_number()
    {
        var line = LineBreaker.Break(LineBreaking.Atoms("全年办理" + "领事认证3761份" + new string('中', 17) + "，结束"), Measure)[0];
        var three = line.Text.IndexOf('3', StringComparison.Ordinal);

        Assert.True(line.IsJustified);
        for (var i = three; i < three + 3; i++)
        {
            Assert.Equal(1, line.Offsets[i + 1] - line.Offsets[i], 9);
        }
    }

    [Fact]
    public void The_last_line_of_a_paragraph_keeps_its_natural_spacing()
    {
        var lines = LineBreaker.Break(LineBreaking.Atoms(new string('中', 28) + "，国家"), Measure);

        Assert.False(lines[^1].IsJustified);
        Assert.Equal([0, 2, 4, 6], lines[^1].Offsets);
    }

    [Theory]
    [MemberData(nameof(SeedFixtures.Prefixes), MemberType = typeof(SeedFixtures))]
    public void Every_line_but_the_last_of_a_seed_paragraph_fills_the_measure(string seed)
    {
        var report = SeedFixtures.Load(seed);
        var paragraphs = report.Preamble.Concat(report.Sections.SelectMany(s => s.Items).SelectMany(i => i.Paragraphs));

        foreach (var paragraph in paragraphs)
        {
            var lines = LineBreaker.Break(LineBreaking.Atoms(paragraph), Measure, firstIndentUnits: 4);
            Assert.All(lines.SkipLast(1), l => Assert.Equal(Measure, l.RightUnits, 9));
        }
    }
}
