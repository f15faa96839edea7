using System.Text;

namespace LawReport.Documents.Layout;

/// <summary>
/// One character as the line breaker sees it: its text (one Unicode scalar), role and width in half cells
/// (fractional for a Latin letter wider than half a cell), and whether it belongs to a URL or e-mail address.
/// </summary>
public readonly record struct Atom(Rune Rune, FontRole Role, double Units, bool InLink = false)
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

    /// <summary>Splits text into atoms of one role, each one or two half cells wide; control characters are dropped.</summary>
    public static IEnumerable<Atom> From(string text, FontRole role)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (Typeset(rune) is { } typeset)
            {
                yield return new Atom(typeset, role, CharacterClasses.Units(typeset));
            }
        }
    }

    /// <summary>The character as it is typeset: null for control characters, a plain space for a no-break space, tab or other odd space.</summary>
    internal static Rune? Typeset(Rune rune) =>
        Rune.IsControl(rune) || rune.Value is 0xFEFF or 0x200B ? null
        : Rune.IsWhiteSpace(rune) && rune.Value != 0x3000 ? new Rune(' ')
        : rune;
}
