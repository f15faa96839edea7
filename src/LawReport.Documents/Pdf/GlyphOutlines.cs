using System.Buffers.Binary;
using System.Collections.Concurrent;
using PdfSharp.Drawing;

namespace LawReport.Documents.Pdf;

/// <summary>
/// Glyph outlines read from a TrueType <c>glyf</c> table, for text that must be seen but not copied: the
/// 草稿 / 送审稿 watermark is drawn as shapes, so that copying, searching and text extraction of a draft give
/// the report's text only. PDFsharp's own path text (AddString) draws nothing in its cross-platform build.
/// </summary>
internal static class GlyphOutlines
{
    private const int MaxCompositeDepth = 8;

    private static readonly ConcurrentDictionary<(string Path, int CodePoint), Glyph> Cache = new();

    /// <summary>Adds one character's outline to <paramref name="path"/>, its baseline starting at (x, y).</summary>
    public static void Add(XGraphicsPath path, FontFace face, int codePoint, double size, double x, double y)
    {
        var glyph = Cache.GetOrAdd((face.Path, codePoint), key => Read(key.Path, key.CodePoint));
        var scale = size / glyph.UnitsPerEm;
        foreach (var contour in glyph.Contours)
        {
            path.StartFigure();
            AddContour(path, contour.Select(p => p with { X = x + (p.X * scale), Y = y - (p.Y * scale) }).ToList());
            path.CloseFigure();
        }
    }

    private static Glyph Read(string path, int codePoint)
    {
        var font = File.ReadAllBytes(path);
        var tables = TrueTypeTables.Read(font, path);
        var index = new GlyphIndex(font, tables);
        var glyph = TrueTypeTables.Mappings(font, tables, path).FirstOrDefault(m => m.CodePoint == codePoint).Glyph;
        return new Glyph(index.UnitsPerEm, ReadContours(font, index, glyph, 0));
    }

    private static List<OutlinePoint[]> ReadContours(ReadOnlySpan<byte> font, GlyphIndex index, int glyph, int depth)
    {
        if (!index.Exists(glyph) || index.Length(glyph) == 0 || depth > MaxCompositeDepth)
        {
            return [];
        }

        var data = font.Slice(index.GlyfOffset + index.Start(glyph), index.Length(glyph));
        int contourCount = BinaryPrimitives.ReadInt16BigEndian(data);
        return contourCount >= 0 ? ReadSimple(data, contourCount) : ReadComposite(font, index, data, depth);
    }

    private static List<OutlinePoint[]> ReadSimple(ReadOnlySpan<byte> data, int contourCount)
    {
        var ends = new int[contourCount];
        for (var i = 0; i < contourCount; i++)
        {
            ends[i] = BinaryPrimitives.ReadUInt16BigEndian(data[(10 + (2 * i))..]);
        }

        var pointCount = contourCount == 0 ? 0 : ends[^1] + 1;
        var position = 10 + (2 * contourCount);
        position += 2 + BinaryPrimitives.ReadUInt16BigEndian(data[position..]);

        var flags = new byte[pointCount];
        for (var i = 0; i < pointCount; i++)
        {
            var flag = data[position++];
            flags[i] = flag;
            if ((flag & 8) != 0)
            {
                for (int repeat = data[position++]; repeat > 0 && i + 1 < pointCount; repeat--)
                {
                    flags[++i] = flag;
                }
            }
        }

        var xs = ReadCoordinates(data, ref position, flags, shortBit: 2, sameBit: 16);
        var ys = ReadCoordinates(data, ref position, flags, shortBit: 4, sameBit: 32);
        var contours = new List<OutlinePoint[]>(contourCount);
        var start = 0;
        foreach (var end in ends)
        {
            contours.Add(Enumerable.Range(start, end - start + 1).Select(i => new OutlinePoint(xs[i], ys[i], (flags[i] & 1) != 0)).ToArray());
            start = end + 1;
        }

        return contours;
    }

    private static int[] ReadCoordinates(ReadOnlySpan<byte> data, ref int position, byte[] flags, int shortBit, int sameBit)
    {
        var values = new int[flags.Length];
        var value = 0;
        for (var i = 0; i < flags.Length; i++)
        {
            if ((flags[i] & shortBit) != 0)
            {
                var delta = data[position++];
                value += (flags[i] & sameBit) != 0 ? delta : -delta;
            }
            else if ((flags[i] & sameBit) == 0)
            {
                value += BinaryPrimitives.ReadInt16BigEndian(data[position..]);
                position += 2;
            }

            values[i] = value;
        }

        return values;
    }

    private static List<OutlinePoint[]> ReadComposite(ReadOnlySpan<byte> font, GlyphIndex index, ReadOnlySpan<byte> data, int depth)
    {
        const int ArgsAreWords = 0x1, ArgsAreOffsets = 0x2, HasScale = 0x8, MoreComponents = 0x20, HasXyScale = 0x40, HasMatrix = 0x80;
        var contours = new List<OutlinePoint[]>();
        var position = 10;
        int flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(data[position..]);
            int component = BinaryPrimitives.ReadUInt16BigEndian(data[(position + 2)..]);
            position += 4;
            double dx, dy;
            if ((flags & ArgsAreWords) != 0)
            {
                (dx, dy) = (BinaryPrimitives.ReadInt16BigEndian(data[position..]), BinaryPrimitives.ReadInt16BigEndian(data[(position + 2)..]));
                position += 4;
            }
            else
            {
                (dx, dy) = ((sbyte)data[position], (sbyte)data[position + 1]);
                position += 2;
            }

            if ((flags & ArgsAreOffsets) == 0)
            {
                // Components aligned by point numbers do not occur in CJK fonts; they are placed unshifted.
                (dx, dy) = (0, 0);
            }

            double a = 1, b = 0, c = 0, d = 1;
            if ((flags & HasScale) != 0)
            {
                a = d = F2Dot14(data, ref position);
            }
            else if ((flags & HasXyScale) != 0)
            {
                a = F2Dot14(data, ref position);
                d = F2Dot14(data, ref position);
            }
            else if ((flags & HasMatrix) != 0)
            {
                a = F2Dot14(data, ref position);
                b = F2Dot14(data, ref position);
                c = F2Dot14(data, ref position);
                d = F2Dot14(data, ref position);
            }

            foreach (var contour in ReadContours(font, index, component, depth + 1))
            {
                contours.Add(contour.Select(p => p with { X = (a * p.X) + (c * p.Y) + dx, Y = (b * p.X) + (d * p.Y) + dy }).ToArray());
            }
        }
        while ((flags & MoreComponents) != 0);

        return contours;
    }

    private static double F2Dot14(ReadOnlySpan<byte> data, ref int position)
    {
        var value = BinaryPrimitives.ReadInt16BigEndian(data[position..]) / 16384.0;
        position += 2;
        return value;
    }

    /// <summary>TrueType contours are quadratic B-splines: two off-curve points in a row imply an on-curve point between them.</summary>
    private static void AddContour(XGraphicsPath path, List<OutlinePoint> points)
    {
        if (points.Count < 2)
        {
            return;
        }

        var first = points.FindIndex(p => p.OnCurve);
        var start = first >= 0 ? Point(points[first]) : Middle(Point(points[0]), Point(points[1]));
        var current = start;
        XPoint? control = null;
        for (var k = 1; k <= points.Count; k++)
        {
            var point = first >= 0 ? points[(first + k) % points.Count] : points[k % points.Count];
            var p = Point(point);
            if (k == points.Count && first >= 0)
            {
                break;
            }

            if (point.OnCurve)
            {
                Segment(path, current, control, p);
                current = p;
                control = null;
            }
            else if (control is { } previous)
            {
                var middle = Middle(previous, p);
                Segment(path, current, previous, middle);
                current = middle;
                control = p;
            }
            else
            {
                control = p;
            }
        }

        Segment(path, current, control, start);
    }

    private static void Segment(XGraphicsPath path, XPoint from, XPoint? control, XPoint to)
    {
        if (control is not { } c)
        {
            path.AddLine(from, to);
            return;
        }

        // A quadratic Bézier as the cubic PDF draws.
        var c1 = new XPoint(from.X + (2.0 / 3 * (c.X - from.X)), from.Y + (2.0 / 3 * (c.Y - from.Y)));
        var c2 = new XPoint(to.X + (2.0 / 3 * (c.X - to.X)), to.Y + (2.0 / 3 * (c.Y - to.Y)));
        path.AddBezier(from, c1, c2, to);
    }

    private static XPoint Point(OutlinePoint p) => new(p.X, p.Y);

    private static XPoint Middle(XPoint a, XPoint b) => new((a.X + b.X) / 2, (a.Y + b.Y) / 2);

    private readonly record struct OutlinePoint(double X, double Y, bool OnCurve);

    private sealed record Glyph(int UnitsPerEm, List<OutlinePoint[]> Contours);
}
