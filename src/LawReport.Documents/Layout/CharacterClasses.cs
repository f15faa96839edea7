using System.Text;

namespace LawReport.Documents.Layout;

/// <summary>
/// The character classes Chinese line breaking needs (禁则, after the rules of GB/T 15834 and the JIS/CLREQ
/// kinsoku tables): which marks may not start a line, which may not end one, which characters form
/// words that must not be split, and how wide each character is on the grid.
/// </summary>
public static class CharacterClasses
{
    /// <summary>Marks that may never start a line (closing brackets and quotes, pauses, stops, 间隔号).</summary>
    private const string Closing = "，。、；：？！）》」』”’〕】〉｝〗…·‥％℃,.;:?!)]}%";

    /// <summary>Marks that may never end a line (opening brackets and quotes).</summary>
    private const string Opening = "（《「『“‘〔【〈｛〖([{";

    /// <summary>Marks written in pairs that must stay together: —— and …….</summary>
    private const string Doubled = "—…";

    /// <summary>Connectors that join digits or Latin letters into one unbreakable word: 8.2, 2015-2020, 12:30.</summary>
    private const string WordJoiners = ".,:-/_'&";

    public static bool IsClosing(Rune r) => r.IsBmp && Closing.Contains((char)r.Value, StringComparison.Ordinal);

    public static bool IsOpening(Rune r) => r.IsBmp && Opening.Contains((char)r.Value, StringComparison.Ordinal);

    public static bool IsDoubled(Rune r) => r.IsBmp && Doubled.Contains((char)r.Value, StringComparison.Ordinal);

    /// <summary>ASCII letters and digits (and their full-width forms do not count: they are ideographic-width).</summary>
    public static bool IsWordCharacter(Rune r) => r.Value < 0x80 && (char.IsAsciiLetterOrDigit((char)r.Value));

    public static bool IsWordJoiner(Rune r) => r.IsBmp && WordJoiners.Contains((char)r.Value, StringComparison.Ordinal);

    public static bool IsSpace(Rune r) => Rune.IsWhiteSpace(r);

    /// <summary>
    /// Width on the grid in half cells: 2 for ideographs, full-width punctuation and the marks Chinese fonts
    /// draw full-width (—, “”, ‘’, …, ·); 1 for Latin letters, digits and other half-width characters.
    /// </summary>
    public static int Units(Rune r)
    {
        if (r.Value >= 0x2E80)
        {
            return r.Value is >= 0xFF61 and <= 0xFFDC ? 1 : 2;
        }

        return r.Value is '—' or '“' or '”' or '‘' or '’' or '…' or '·' or '\u2015' ? 2 : 1;
    }
}
