using System.Text;

namespace LawReport.Documents.Layout;

/// <summary>
/// Turns a piece of the report's text into atoms as the official document sets it: 公文 punctuation
/// (<see cref="OfficialPunctuation"/>), URLs and e-mail addresses marked so that they break only at their
/// separators, and each character as wide as it is drawn: a full cell for wide characters, half a cell
/// for narrow ones, or the glyph's advance where that is wider (<see cref="IGlyphAdvances"/>).
/// </summary>
internal sealed class TextSetter(IGlyphAdvances? advances)
{
    /// <summary>Atoms of <paramref name="text"/> set at <paramref name="fontSize"/> on a grid of half cells of <paramref name="unitWidth"/> points.</summary>
    public List<Atom> Set(string text, FontRole role, double fontSize, double unitWidth)
    {
        var official = OfficialPunctuation.Apply(text);
        var links = Links.Find(official);
        var atoms = new List<Atom>(official.Length);
        var index = 0;
        foreach (var rune in official.EnumerateRunes())
        {
            var at = index;
            index += rune.Utf16SequenceLength;
            if (Atom.Typeset(rune) is not { } typeset)
            {
                continue;
            }

            double units = CharacterClasses.Units(typeset);
            if (typeset.Value is not ' ' and < 0x3000 && advances?.AdvanceEm(role, typeset) is { } em)
            {
                units = Measured(units, em * fontSize / unitWidth);
            }

            atoms.Add(new Atom(typeset, role, units, Links.Contains(links, at)));
        }

        return atoms;
    }

    /// <summary>
    /// The width of a character drawn <paramref name="advanceUnits"/> wide in a cell of <paramref name="cellUnits"/>:
    /// its cell, unless the glyph is wider (a Latin capital, %) — then its advance, so that it overlaps
    /// nothing; a glyph up to a quarter point wider keeps the grid, as ideographs do (16 pt in 15.8 pt cells).
    /// A mark Chinese fonts usually draw full-width that this font draws narrow (“ in a 楷 face is a third
    /// of an em) takes its advance, at least half a cell, so that no gap opens beside it.
    /// </summary>
    private static double Measured(double cellUnits, double advanceUnits)
    {
        const double Tolerance = 0.25 / (PageGeometry.Cell / 2);
        if (advanceUnits > cellUnits + Tolerance)
        {
            return advanceUnits;
        }

        return cellUnits == 2 && advanceUnits < 1.5 ? Math.Max(1, advanceUnits) : cellUnits;
    }

    /// <summary>Atoms of text on the body grid: 3号 characters in cells of 1/28 of the measure.</summary>
    public List<Atom> Body(string text, FontRole role) => Set(text, role, PageGeometry.BodySize, PageGeometry.Cell / 2);
}
