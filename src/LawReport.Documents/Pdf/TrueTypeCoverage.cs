using System.Text;

namespace LawReport.Documents.Pdf;

/// <summary>
/// Which characters a TrueType font can draw: read from its <c>cmap</c>, counting only characters whose
/// glyph has an outline (a font that maps a character to an empty glyph cannot draw it either).
/// </summary>
public sealed class TrueTypeCoverage
{
    private readonly ulong[] _bits = new ulong[(0x110000 + 63) / 64];

    private TrueTypeCoverage()
    {
    }

    public int Count { get; private set; }

    public bool Covers(Rune rune) => (_bits[rune.Value >> 6] & (1UL << (rune.Value & 63))) != 0;

    /// <summary>Reads the coverage of a font file; throws <see cref="FontFileException"/> for a file that cannot be used.</summary>
    public static TrueTypeCoverage Read(ReadOnlySpan<byte> font, string path)
    {
        var tables = TrueTypeTables.Read(font, path);
        var glyphs = new GlyphIndex(font, tables);
        var coverage = new TrueTypeCoverage();
        foreach (var (codePoint, glyph) in TrueTypeTables.Mappings(font, tables, path))
        {
            if (Rune.IsValid(codePoint) && glyphs.Exists(glyph)
                && (glyphs.Length(glyph) > 0 || Rune.IsWhiteSpace(new Rune(codePoint))))
            {
                coverage.Add(codePoint);
            }
        }

        return coverage;
    }

    private void Add(int codePoint)
    {
        if ((_bits[codePoint >> 6] & (1UL << (codePoint & 63))) == 0)
        {
            _bits[codePoint >> 6] |= 1UL << (codePoint & 63);
            Count++;
        }
    }
}

/// <summary>A configured font file that is missing or cannot be used; the message says which and why, in Chinese.</summary>
public sealed class FontFileException(string message) : Exception(message);
