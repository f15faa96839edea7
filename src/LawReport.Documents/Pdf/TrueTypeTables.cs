using System.Buffers.Binary;
using System.Text;

namespace LawReport.Documents.Pdf;

/// <summary>
/// The few parts of a TrueType file the renderer reads itself: the table directory, the Unicode
/// <c>cmap</c> and the <c>loca</c> index of glyph outlines. Refuses, with a clear Chinese message, the files
/// PDFsharp cannot embed: collections (.ttc) and CFF outlines.
/// </summary>
internal static class TrueTypeTables
{
    public static IReadOnlyDictionary<string, (int Offset, int Length)> Read(ReadOnlySpan<byte> font, string path)
    {
        if (font.Length < 12)
        {
            throw new FontFileException($"字体文件不是 TrueType 字体：{path}");
        }

        switch (BinaryPrimitives.ReadUInt32BigEndian(font))
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
            var tables = new Dictionary<string, (int Offset, int Length)>(StringComparer.Ordinal);
            int tableCount = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
            for (var i = 0; i < tableCount; i++)
            {
                var record = font.Slice(12 + (16 * i), 16);
                tables[Encoding.ASCII.GetString(record[..4])] =
                    ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
            }

            foreach (var required in new[] { "cmap", "glyf", "loca", "head", "maxp" })
            {
                if (!tables.TryGetValue(required, out var table) || table.Offset + table.Length > font.Length)
                {
                    throw new FontFileException($"字体文件缺少 {required} 表，不是 PDF 可嵌入的 TrueType 字体：{path}");
                }
            }

            return tables;
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new FontFileException($"字体文件已损坏：{path}");
        }
    }

    /// <summary>Every character of the Unicode cmap with its glyph index.</summary>
    public static List<(int CodePoint, int Glyph)> Mappings(ReadOnlySpan<byte> font, IReadOnlyDictionary<string, (int Offset, int Length)> tables, string path)
    {
        var mappings = new List<(int, int)>();
        void map(int codePoint, int glyph) => mappings.Add((codePoint, glyph));
        try
        {
            var cmap = font[tables["cmap"].Offset..];
            var subtable = FindUnicodeSubtable(cmap) ?? throw new FontFileException($"字体文件没有 Unicode 字符表：{path}");
            var data = cmap[subtable..];
            if (BinaryPrimitives.ReadUInt16BigEndian(data) == 12)
            {
                ReadFormat12(data, map);
            }
            else
            {
                ReadFormat4(data, map);
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new FontFileException($"字体文件已损坏，无法读取字符表：{path}");
        }

        return mappings;
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

    private static void ReadFormat12(ReadOnlySpan<byte> data, Action<int, int> map)
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
                map((int)c, (int)(glyph + (c - start)));
            }
        }
    }

    private static void ReadFormat4(ReadOnlySpan<byte> data, Action<int, int> map)
    {
        var segments = BinaryPrimitives.ReadUInt16BigEndian(data[6..]) / 2;
        const int ends = 14;
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
                if (rangeOffset == 0)
                {
                    map(c, (c + delta) & 0xFFFF);
                    continue;
                }

                int raw = BinaryPrimitives.ReadUInt16BigEndian(data[(rangeOffsetPosition + rangeOffset + (2 * (c - start)))..]);
                map(c, raw == 0 ? 0 : (raw + delta) & 0xFFFF);
            }
        }
    }
}

/// <summary>Where each glyph's outline lies in the <c>glyf</c> table (from <c>loca</c>), and the font's units per em.</summary>
internal readonly ref struct GlyphIndex
{
    private readonly ReadOnlySpan<byte> _loca;
    private readonly bool _longOffsets;

    public GlyphIndex(ReadOnlySpan<byte> font, IReadOnlyDictionary<string, (int Offset, int Length)> tables)
    {
        var head = tables["head"].Offset;
        UnitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(font[(head + 18)..]);
        _longOffsets = BinaryPrimitives.ReadInt16BigEndian(font[(head + 50)..]) == 1;
        GlyphCount = BinaryPrimitives.ReadUInt16BigEndian(font[(tables["maxp"].Offset + 4)..]);
        _loca = font.Slice(tables["loca"].Offset, tables["loca"].Length);
        GlyfOffset = tables["glyf"].Offset;
    }

    public int UnitsPerEm { get; }

    public int GlyphCount { get; }

    public int GlyfOffset { get; }

    public bool Exists(int glyph) => glyph > 0 && glyph < GlyphCount;

    /// <summary>Offset of the glyph's outline from the start of the <c>glyf</c> table.</summary>
    public int Start(int glyph) => _longOffsets
        ? (int)BinaryPrimitives.ReadUInt32BigEndian(_loca[(4 * glyph)..])
        : 2 * BinaryPrimitives.ReadUInt16BigEndian(_loca[(2 * glyph)..]);

    public int Length(int glyph) => Start(glyph + 1) - Start(glyph);
}
