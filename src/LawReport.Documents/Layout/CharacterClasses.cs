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
    private const string Closing = "，。、；：？！）》」』”’〕】〉｝〗…·‥％℃‰,.;:?!)]}%";

    /// <summary>Marks that may never end a line (opening brackets and quotes).</summary>
    private const string Opening = "（《「『“‘〔【〈｛〖([{";

    /// <summary>Marks written in pairs that must stay together: —— and …….</summary>
    private const string Doubled = "—…";

    /// <summary>Connectors that join digits or Latin letters into one unbreakable word: 8.2, 2015-2020, 12:30.</summary>
    private const string WordJoiners = ".,:-/_'&";

    /// <summary>
    /// East Asian Width "Ambiguous" symbols that Chinese fonts draw full-width and Chinese text sets in a
    /// full cell (UAX #11 leaves their width to the context): §, ×, ÷, Greek and Cyrillic letters, ‰, ※, ℃,
    /// №, Roman numerals, arrows, mathematical operators, ①–⑳, box drawing, geometric shapes, ★.
    /// </summary>
    private static readonly (int First, int Last)[] AmbiguousWide =
    [
        (0x00A7, 0x00A7), (0x00D7, 0x00D7), (0x00F7, 0x00F7), (0x0391, 0x03C9), (0x0401, 0x0451),
        (0x2016, 0x2016), (0x2030, 0x2030), (0x2032, 0x2033), (0x203B, 0x203B), (0x2103, 0x2103),
        (0x2105, 0x2105), (0x2109, 0x2109), (0x2116, 0x2116), (0x2121, 0x2122), (0x2160, 0x217F),
        (0x2190, 0x21FF), (0x2200, 0x22FF), (0x2312, 0x2312), (0x2460, 0x24FF), (0x2500, 0x257F),
        (0x25A0, 0x25FF), (0x2605, 0x2606), (0x2609, 0x2609), (0x2640, 0x2642), (0x2660, 0x266F),
        (0x2713, 0x2713),
    ];

    public static bool IsClosing(Rune r) => r.IsBmp && Closing.Contains((char)r.Value, StringComparison.Ordinal);

    public static bool IsOpening(Rune r) => r.IsBmp && Opening.Contains((char)r.Value, StringComparison.Ordinal);

    public static bool IsDoubled(Rune r) => r.IsBmp && Doubled.Contains((char)r.Value, StringComparison.Ordinal);

    /// <summary>The ASCII quotes " and ', which open or close depending on where they stand.</summary>
    public static bool IsAsciiQuote(Rune r) => r.Value is '"' or '\'';

    /// <summary>ASCII letters and digits (and their full-width forms do not count: they are ideographic-width).</summary>
    public static bool IsWordCharacter(Rune r) => r.Value < 0x80 && (char.IsAsciiLetterOrDigit((char)r.Value));

    public static bool IsWordJoiner(Rune r) => r.IsBmp && WordJoiners.Contains((char)r.Value, StringComparison.Ordinal);

    public static bool IsSpace(Rune r) => Rune.IsWhiteSpace(r);

    /// <summary>
    /// Width on the grid in half cells, after East Asian Width (UAX #11): 2 for Wide and Fullwidth
    /// characters (ideographs, full-width punctuation, kana, hangul), for the marks Chinese fonts draw
    /// full-width (—, “”, ‘’, …, ·) and for the Ambiguous symbols of Chinese text (①, ℃, ‰, ≥, ×, №, Ⅰ, α…);
    /// 1 for Latin letters, digits, half-width forms and other narrow characters.
    /// </summary>
    public static int Units(Rune r) => IsWide(r) ? 2 : 1;

    /// <summary>Does the character take a full cell in Chinese text?</summary>
    public static bool IsWide(Rune r)
    {
        var v = r.Value;
        if (v < 0x00A7)
        {
            return false;
        }

        if (v is '—' or '“' or '”' or '‘' or '’' or '…' or '·' or '\u2015')
        {
            return true;
        }

        if (v >= 0x2E80)
        {
            // Half-width katakana and hangul (U+FF61–FFDC) and the half-width forms U+FFE8–FFEE are narrow.
            return v is not ((>= 0xFF61 and <= 0xFFDC) or (>= 0xFFE8 and <= 0xFFEE)) && v != 0x303F;
        }

        if (v is >= 0x1100 and <= 0x115F)
        {
            return true;
        }

        foreach (var (first, last) in AmbiguousWide)
        {
            if (v < first)
            {
                return false;
            }

            if (v <= last)
            {
                return true;
            }
        }

        return false;
    }
}
