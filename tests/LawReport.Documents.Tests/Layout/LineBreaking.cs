using LawReport.Documents.Layout;

namespace LawReport.Documents.Tests.Layout;

public class LineBreaking
{
    private const int Measure = PageGeometry.UnitsPerLine;

    [Fact]
    public void A_closing_mark_that_would_start_a_line_takes_the_character_before_it_along()
    {
        var lines = Break(new string('中', 28) + "，国家");

        Assert.Equal(27, lines[0].Atoms.Count);
        Assert.StartsWith("中，", lines[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_of_closing_marks_moves_as_a_whole()
    {
        var lines = Break(new string('中', 27) + "说”。后文");

        Assert.All(lines, l => Assert.False(CharacterClasses.IsClosing(l.Atoms[0].Rune), l.Text));
        Assert.StartsWith("说”。", lines[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_opening_mark_never_ends_a_line()
    {
        var lines = Break(new string('中', 27) + "《条例》");

        Assert.EndsWith("中", lines[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("《条例》", lines[1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("APEC商务旅行卡")]
    [InlineData("2020年度")]
    [InlineData("8.2万人次")]
    [InlineData("2015-2020年")]
    public void Numbers_and_latin_words_are_never_split(string tail)
    {
        var word = new string(tail.TakeWhile(c => c < 0x80).ToArray());
        var lines = Break(new string('中', 27) + tail);

        Assert.StartsWith(word, lines[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_doubled_dash_is_never_split()
    {
        var lines = Break(new string('中', 27) + "——后文");

        Assert.StartsWith("——", lines[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_line_is_indented_by_the_given_units_and_the_rest_are_not()
    {
        var lines = LineBreaker.Break(Atoms(new string('中', 60)), Measure, firstIndentUnits: 4);

        Assert.Equal(4, lines[0].Offsets[0]);
        Assert.Equal(26, lines[0].Atoms.Count);
        Assert.Equal(0, lines[1].Offsets[0]);
        Assert.Equal(28, lines[1].Atoms.Count);
    }

    [Fact]
    public void Spaces_at_a_line_break_are_dropped()
    {
        var lines = Break(new string('中', 28) + "  后文");

        Assert.Equal(28, lines[0].Atoms.Count);
        Assert.Equal("后文", lines[1].Text);
    }

    [Fact]
    public void A_character_outside_the_basic_plane_is_one_full_width_character()
    {
        var atoms = Atoms("𠀀中");

        Assert.Equal(["𠀀", "中"], atoms.Select(a => a.Text));
        Assert.All(atoms, a => Assert.Equal(2, a.Units));
    }

    private static IReadOnlyList<BrokenLine> Break(string text) => LineBreaker.Break(Atoms(text), Measure);

    internal static List<Atom> Atoms(string text) => Atom.From(text, FontRole.Body).ToList();
}

/// <summary>ASCII quotes are in the 禁则 tables: an opening quote never ends a line, a closing one never starts one.</summary>
public class AsciiQuoteBreaking
{
    [Fact]
    public void An_opening_ascii_quote_never_ends_a_line()
    {
        var lines = LineBreaker.Break(LineBreaking.Atoms(new string('中', 27) + "\"条例\"后文"), PageGeometry.UnitsPerLine);

        Assert.False(lines[0].Text.EndsWith('"'), lines[0].Text);
        Assert.Contains("\"条例", lines[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closing_ascii_quote_never_starts_a_line()
    {
        var lines = LineBreaker.Break(LineBreaking.Atoms(new string('中', 26) + "说的\"后文"), PageGeometry.UnitsPerLine);

        Assert.All(lines, l => Assert.False(l.Text.StartsWith('"'), l.Text));
    }
}
