using System.Buffers.Binary;
using System.Text;

namespace LawReport.Documents.Pdf;

/// <summary>
/// Which characters a TrueType font can draw: read from its <c>cmap</c>, counting only characters whose
/// glyph has an outline (a font that maps a character to an empty glyph cannot draw it either), and the
/// advance widths of the characters the layout sets by their advance (below U+3000: Latin, symbols, marks).
/// </summary>
public sealed class TrueTypeCoverage
{
    /// <summary>Advances are kept for the characters below this one; above it the grid sets everything in full cells but the half-width forms.</summary>
    private const int MeasuredBelow = 0x3000;

    private readonly ulong[] _bits = new ulong[(0x110000 + 63) / 64];
    private readonly float[] _advances = new float[MeasuredBelow];

    private TrueTypeCoverage()
    {
    }

    public int Count { get; private set; }

    public bool Covers(Rune rune) => (_bits[rune.Value >> 6] & (1UL << (rune.Value & 63))) != 0;

    /// <summary>The advance of a covered character below U+3000 in em; null for the others.</summary>
    public double? AdvanceEm(Rune rune) =>
        rune.Value < MeasuredBelow && Covers(rune) ? _advances[rune.Value] : null;

    /// <summary>Reads the coverage of a font file; throws <see cref="FontFileException"/> for a file that cannot be used.</summary>
    public static TrueTypeCoverage Read(ReadOnlySpan<byte> font, string path)
    {
        var tables = TrueTypeTables.Read(font, path);
        var glyphs = new GlyphIndex(font, tables);
        var coverage = new TrueTypeCoverage();
        var hmtx = tables.TryGetValue("hmtx", out var h) ? font.Slice(h.Offset, h.Length) : default;
        var metricCount = tables.TryGetValue("hhea", out var hhea) ? BinaryPrimitives.ReadUInt16BigEndian(font[(hhea.Offset + 34)..]) : 0;
        foreach (var (codePoint, glyph) in TrueTypeTables.Mappings(font, tables, path))
        {
            if (Rune.IsValid(codePoint) && glyphs.Exists(glyph)
                && (glyphs.Length(glyph) > 0 || Rune.IsWhiteSpace(new Rune(codePoint))))
            {
                coverage.Add(codePoint);
                if (codePoint < MeasuredBelow && metricCount > 0)
                {
                    var metric = 4 * Math.Min(glyph, metricCount - 1);
                    coverage._advances[codePoint] = metric + 2 <= hmtx.Length
                        ? BinaryPrimitives.ReadUInt16BigEndian(hmtx[metric..]) / (float)glyphs.UnitsPerEm
                        : 0.5f;
                }
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
