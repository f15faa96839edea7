using System.Buffers.Binary;
using System.Text;

namespace LawReport.Documents.Pdf;

/// <summary>
/// Which characters a TrueType font can draw: read from its <c>cmap</c>, counting only characters whose
/// glyph has an outline (a font that maps a character to an empty glyph cannot draw it either). Also
/// refuses, with a clear message, the files PDFsharp cannot embed: collections (.ttc) and CFF outlines.
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
        if (font.Length < 12)
        {
            throw new FontFileException($"字体文件不是 TrueType 字体：{path}");
        }

        var version = BinaryPrimitives.ReadUInt32BigEndian(font);
        switch (version)
        {
            case 0x74746366: // 'ttcf'
                throw new FontFileException($"不支持字体集合文件（.ttc）：{path}。请改用单个 TrueType 字体文件（.ttf）。");
            case 0x4F54544F: // 'OTTO'
                throw new FontFileException($"不支持 CFF 轮廓的 OpenType 字体：{path}。请改用 TrueType 轮廓（glyf）的 .ttf 字体。");
            case 0x00010000 or 0x74727565: // 1.0 or 'true'
                break;
            default:
                throw new FontFileException($"字体文件不是 TrueType 字体：{path}");
        }

        try
        {
            return Parse(font, path);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            throw new FontFileException($"字体文件已损坏，无法读取字符表：{path}");
        }
    }

    private static TrueTypeCoverage Parse(ReadOnlySpan<byte> font, string path)
    {
        var tables = new Dictionary<string, (int Offset, int Length)>(StringComparer.Ordinal);
        int tableCount = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        for (var i = 0; i < tableCount; i++)
        {
            var record = font.Slice(12 + (16 * i), 16);
            var tag = Encoding.ASCII.GetString(record[..4]);
            tables[tag] = ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
        }

        foreach (var required in new[] { "cmap", "glyf", "loca", "head", "maxp" })
        {
            if (!tables.ContainsKey(required))
            {
                throw new FontFileException($"字体文件缺少 {required} 表，不是 PDF 可嵌入的 TrueType 字体：{path}");
            }
        }

        var head = tables["head"];
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(font[(head.Offset + 50)..]) == 1;
        int glyphCount = BinaryPrimitives.ReadUInt16BigEndian(font[(tables["maxp"].Offset + 4)..]);
        var loca = font.Slice(tables["loca"].Offset, tables["loca"].Length);

        var coverage = new TrueTypeCoverage();
        var cmap = font[tables["cmap"].Offset..];
        var subtable = FindUnicodeSubtable(cmap)
            ?? throw new FontFileException($"字体文件没有 Unicode 字符表：{path}");
        var data = cmap[subtable..];
        var format = BinaryPrimitives.ReadUInt16BigEndian(data);
        if (format == 12)
        {
            var groups = BinaryPrimitives.ReadUInt32BigEndian(data[12..]);
            for (var g = 0; g < groups; g++)
            {
                var group = data.Slice(16 + (12 * g), 12);
                var start = BinaryPrimitives.ReadUInt32BigEndian(group);
                var end = Math.Min(BinaryPrimitives.ReadUInt32BigEndian(group[4..]), 0x10FFFF);
                var glyph = BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
                for (var c = start; c <= end; c++)
                {
                    coverage.Add((int)c, (int)(glyph + (c - start)), loca, longOffsets, glyphCount);
                }
            }
        }
        else
        {
            ReadFormat4(data, coverage, loca, longOffsets, glyphCount);
        }

        return coverage;
    }

    /// <summary>Prefers the full Unicode table (format 12), then the BMP table (format 4).</summary>
    private static int? FindUnicodeSubtable(ReadOnlySpan<byte> cmap)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        int? bmp = null;
        for (var i = 0; i < count; i++)
        {
            var record = cmap.Slice(4 + (8 * i), 8);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            var format = BinaryPrimitives.ReadUInt16BigEndian(cmap[offset..]);
            var unicode = platform == 0 || (platform == 3 && encoding is 1 or 10);
            if (unicode && format == 12)
            {
                return offset;
            }

            if (unicode && format == 4)
            {
                bmp ??= offset;
            }
        }

        return bmp;
    }

    private static void ReadFormat4(ReadOnlySpan<byte> data, TrueTypeCoverage coverage, ReadOnlySpan<byte> loca, bool longOffsets, int glyphCount)
    {
        var segments = BinaryPrimitives.ReadUInt16BigEndian(data[6..]) / 2;
        var ends = 14;
        var starts = ends + (2 * segments) + 2;
        var deltas = starts + (2 * segments);
        var rangeOffsets = deltas + (2 * segments);
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(data[(ends + (2 * s))..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(data[(starts + (2 * s))..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(data[(deltas + (2 * s))..]);
            var rangeOffsetPosition = rangeOffsets + (2 * s);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(data[rangeOffsetPosition..]);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    int raw = BinaryPrimitives.ReadUInt16BigEndian(data[(rangeOffsetPosition + rangeOffset + (2 * (c - start)))..]);
                    glyph = raw == 0 ? 0 : (raw + delta) & 0xFFFF;
                }

                coverage.Add(c, glyph, loca, longOffsets, glyphCount);
            }
        }
    }

    private void Add(int codePoint, int glyph, ReadOnlySpan<byte> loca, bool longOffsets, int glyphCount)
    {
        if (glyph <= 0 || glyph >= glyphCount || !Rune.IsValid(codePoint))
        {
            return;
        }

        var hasOutline = longOffsets
            ? BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * glyph)..]) != BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * (glyph + 1))..])
            : BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * glyph)..]) != BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * (glyph + 1))..]);
        if (!hasOutline && !Rune.IsWhiteSpace(new Rune(codePoint)))
        {
            return;
        }

        if ((_bits[codePoint >> 6] & (1UL << (codePoint & 63))) == 0)
        {
            _bits[codePoint >> 6] |= 1UL << (codePoint & 63);
            Count++;
        }
    }
}

/// <summary>A configured font file that is missing or cannot be used; the message says which and why, in Chinese.</summary>
public sealed class FontFileException(string message) : Exception(message);
