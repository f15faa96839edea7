namespace LawReport.Documents.Layout;

/// <summary>
/// Breaks a paragraph into lines of a fixed measure and justifies them (ADR-005): no line starts with
/// closing punctuation or ends with opening punctuation, numbers and Latin words are never split, and a
/// line that had to give characters to the next one is spread to the full measure by adding the same
/// space between its characters (never inside a number or word). The last line keeps natural spacing.
/// </summary>
public static class LineBreaker
{
    /// <summary>
    /// Breaks <paramref name="atoms"/> into lines of <paramref name="measureUnits"/> half cells, the first
    /// indented by <paramref name="firstIndentUnits"/>, the rest by <paramref name="restIndentUnits"/>.
    /// </summary>
    public static IReadOnlyList<BrokenLine> Break(
        IReadOnlyList<Atom> atoms, int measureUnits, int firstIndentUnits = 0, int restIndentUnits = 0, bool justify = true)
    {
        var lines = new List<BrokenLine>();
        var start = 0;
        while (start < atoms.Count)
        {
            while (start < atoms.Count && atoms[start].IsSpace)
            {
                start++;
            }

            if (start == atoms.Count)
            {
                break;
            }

            var indent = lines.Count == 0 ? firstIndentUnits : restIndentUnits;
            var available = Math.Max(2, measureUnits - indent);
            var end = FindEnd(atoms, start, available);
            var last = end >= atoms.Count;
            lines.Add(BrokenLine.Create(atoms, start, end, indent, available, justify && !last));
            start = end;
        }

        return lines;
    }

    /// <summary>
    /// The most space justification may add between two characters: half a character (one half cell).
    /// A line that would need more is set ragged instead of spread (a line before a long URL or word).
    /// </summary>
    public const double MaxAddedSpaceUnits = 1;

    /// <summary>May a line end between <paramref name="before"/> and <paramref name="after"/>?</summary>
    public static bool CanBreakBetween(Atom before, Atom after)
    {
        if (after.IsSpace)
        {
            return false;
        }

        if (before.InLink && after.InLink)
        {
            return Links.CanBreakBetween(before.Rune, after.Rune);
        }

        // An ASCII quote opens or closes by where it stands: it stays with the character it touches.
        if ((CharacterClasses.IsAsciiQuote(after.Rune) && !before.IsSpace) || (CharacterClasses.IsAsciiQuote(before.Rune) && !after.IsSpace))
        {
            return false;
        }

        if (CharacterClasses.IsClosing(after.Rune) || CharacterClasses.IsOpening(before.Rune))
        {
            return false;
        }

        if (CharacterClasses.IsDoubled(before.Rune) && before.Rune == after.Rune)
        {
            return false;
        }

        return !InsideWord(before, after);
    }

    /// <summary>May space be added between two characters when a line is justified?</summary>
    public static bool IsStretchable(Atom before, Atom after) =>
        !(before.InLink && after.InLink) && !InsideWord(before, after) && !(CharacterClasses.IsDoubled(before.Rune) && before.Rune == after.Rune);

    private static bool InsideWord(Atom before, Atom after)
    {
        var beforeWord = CharacterClasses.IsWordCharacter(before.Rune) || CharacterClasses.IsWordJoiner(before.Rune);
        var afterWord = CharacterClasses.IsWordCharacter(after.Rune) || CharacterClasses.IsWordJoiner(after.Rune);

        // A joiner alone between ideographs (the half-width comma of a pasted text) is punctuation, not part of a word.
        return beforeWord && afterWord
            && (CharacterClasses.IsWordCharacter(before.Rune) || CharacterClasses.IsWordCharacter(after.Rune));
    }

    private static int FindEnd(IReadOnlyList<Atom> atoms, int start, int available)
    {
        // A hair of tolerance: widths from glyph advances are fractional.
        const double Epsilon = 1e-9;
        var width = 0.0;
        var lastBreak = -1;
        var index = start;
        while (index < atoms.Count)
        {
            if (index > start && CanBreakBetween(atoms[index - 1], atoms[index]))
            {
                lastBreak = index;
            }

            // Spaces at the end of a line hang into the margin and are not drawn.
            if (width + atoms[index].Units > available + Epsilon && !atoms[index].IsSpace)
            {
                break;
            }

            width += atoms[index].Units;
            index++;
        }

        if (index >= atoms.Count)
        {
            return atoms.Count;
        }

        if (lastBreak > start)
        {
            return lastBreak;
        }

        // One unbreakable run longer than the line (a long URL): split it where the line is full.
        return Math.Max(index, start + 1);
    }
}

/// <summary>
/// One line of a paragraph: the atoms <see cref="Start"/>..<see cref="End"/> (trailing spaces excluded),
/// and each atom's offset from the start of the measure, in half cells (fractional when justified).
/// </summary>
public sealed record BrokenLine(int Start, int End, IReadOnlyList<Atom> Atoms, IReadOnlyList<double> Offsets, double NaturalUnits, bool IsJustified)
{
    /// <summary>Where the line ends, in half cells from the start of the measure.</summary>
    public double RightUnits => Atoms.Count == 0 ? 0 : Offsets[^1] + Atoms[^1].Units;

    public string Text => string.Concat(Atoms.Select(a => a.Text));

    internal static BrokenLine Create(IReadOnlyList<Atom> all, int start, int end, int indent, int available, bool justify)
    {
        var count = end - start;
        while (count > 0 && all[start + count - 1].IsSpace)
        {
            count--;
        }

        var atoms = new Atom[count];
        for (var i = 0; i < count; i++)
        {
            atoms[i] = all[start + i];
        }

        var natural = atoms.Sum(a => a.Units);
        var stretchable = 0;
        for (var i = 1; i < count; i++)
        {
            if (LineBreaker.IsStretchable(atoms[i - 1], atoms[i]))
            {
                stretchable++;
            }
        }

        var slack = available - natural;
        var extra = justify && slack > 1e-9 && stretchable > 0 ? slack / stretchable : 0;
        if (extra > LineBreaker.MaxAddedSpaceUnits)
        {
            // Spread wider, the line would read as gappy: it is set ragged (ADR-005).
            extra = 0;
        }

        var offsets = new double[count];
        double x = indent;
        for (var i = 0; i < count; i++)
        {
            if (i > 0 && extra > 0 && LineBreaker.IsStretchable(atoms[i - 1], atoms[i]))
            {
                x += extra;
            }

            offsets[i] = x;
            x += atoms[i].Units;
        }

        return new BrokenLine(start, end, atoms, offsets, natural, extra > 0);
    }
}
