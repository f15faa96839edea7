using System.Text;
using LawReport.Documents.Layout;

namespace LawReport.Documents.Tests.Layout;

/// <summary>Cell widths after East Asian Width (UAX #11): wide, full-width and the Ambiguous symbols of Chinese text take a full cell.</summary>
public class EastAsianWidth
{
    [Theory]
    [InlineData("①⑩⑳℃‰≥≤×÷№※●→§ⅠⅫαΩ★□")]
    [InlineData("中，。《》（）“”—…")]
    [InlineData("ｱ가")]
    public void Symbols_of_chinese_text_take_a_full_cell(string text)
    {
        var wide = text.EnumerateRunes().Where(r => r.Value != 'ｱ').ToList();

        Assert.All(wide, r => Assert.Equal(2, CharacterClasses.Units(r)));
    }

    [Theory]
    [InlineData("Aa1%,.;:()-ｱ")]
    public void Latin_letters_digits_ascii_marks_and_half_width_forms_take_half_a_cell(string text) =>
        Assert.All(text.EnumerateRunes(), r => Assert.Equal(1, CharacterClasses.Units(r)));

    [Fact]
    public void A_circled_number_after_a_character_starts_a_full_cell_later()
    {
        var line = LineBreaker.Break(Atom.From("一是①二是", FontRole.Body).ToList(), PageGeometry.UnitsPerLine)[0];

        Assert.Equal([0, 2, 4, 6, 8], line.Offsets);
    }

    [Fact]
    public void Degrees_celsius_does_not_collide_with_the_comma_after_it()
    {
        var atoms = Atom.From("气温30℃，", FontRole.Body).ToList();

        Assert.Equal(2, atoms.Single(a => a.Rune == new Rune('℃')).Units);
    }
}
