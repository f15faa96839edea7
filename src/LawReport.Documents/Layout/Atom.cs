using System.Text;

namespace LawReport.Documents.Layout;

/// <summary>One character as the line breaker sees it: its text (one Unicode scalar), role and width in half cells.</summary>
public readonly record struct Atom(Rune Rune, FontRole Role, int Units)
{
    public string Text => Rune.ToString();

    public bool IsSpace => CharacterClasses.IsSpace(Rune);

    /// <summary>Places atoms one after the other from <paramref name="x"/>, each as wide as its units.</summary>
    public static List<PlacedGlyph> Place(IEnumerable<Atom> atoms, double x, double unitWidth)
    {
        var glyphs = new List<PlacedGlyph>();
        foreach (var atom in atoms)
        {
            glyphs.Add(new PlacedGlyph(atom.Text, atom.Role, x, atom.Units * unitWidth));
            x += atom.Units * unitWidth;
        }

        return glyphs;
    }

    /// <summary>Splits text into atoms of one role; control characters are dropped.</summary>
    public static IEnumerable<Atom> From(string text, FontRole role)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsControl(rune) || rune.Value is 0xFEFF or 0x200B)
            {
                continue;
            }

            // A no-break space, tab or other odd space is typeset as a plain half-width space.
            var normalised = Rune.IsWhiteSpace(rune) && rune.Value != 0x3000 ? new Rune(' ') : rune;
            yield return new Atom(normalised, role, CharacterClasses.Units(normalised));
        }
    }
}
