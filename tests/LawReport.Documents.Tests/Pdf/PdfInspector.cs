using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace LawReport.Documents.Tests.Pdf;

/// <summary>
/// Reads a rendered PDF back with PDFsharp's parser, the way a viewer would: page sizes, the fonts and
/// whether they are embedded, and the text of each page decoded through each font's ToUnicode map in
/// the order it is drawn (what copy and search give the reader).
/// </summary>
internal sealed partial class PdfInspector
{
    private PdfInspector(PdfDocument document) => Document = document;

    public PdfDocument Document { get; }

    public static PdfInspector Open(byte[] pdf) => new(PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import));

    public IEnumerable<PdfPage> Pages => Document.Pages.Cast<PdfPage>();

    /// <summary>The text shown on a page, in drawing order, with the glyph ids that drew it.</summary>
    public IReadOnlyList<(string Text, int GlyphId)> Glyphs(PdfPage page)
    {
        var maps = new Dictionary<string, Dictionary<int, string>>(StringComparer.Ordinal);
        var fonts = page.Resources.Elements.GetDictionary("/Font")!;
        Dictionary<int, string>? current = null;
        var glyphs = new List<(string, int)>();
        foreach (var item in ContentReader.ReadContent(page))
        {
            if (item is not COperator op)
            {
                continue;
            }

            switch (op.OpCode.Name)
            {
                case "Tf":
                    var name = ((CName)op.Operands[0]).Name;
                    if (!maps.TryGetValue(name, out current))
                    {
                        current = ToUnicode(fonts.Elements.GetDictionary(name)!);
                        maps[name] = current;
                    }

                    break;
                case "Tj":
                    Decode((CString)op.Operands[0], current!, glyphs);
                    break;
                case "TJ":
                    foreach (var element in (CArray)op.Operands[0])
                    {
                        if (element is CString s)
                        {
                            Decode(s, current!, glyphs);
                        }
                    }

                    break;
            }
        }

        return glyphs;
    }

    public string Text(PdfPage page) => string.Concat(Glyphs(page).Select(g => g.Text));

    /// <summary>How many filled shapes (not text) a page draws.</summary>
    public int FilledShapes(PdfPage page) =>
        ContentReader.ReadContent(page).OfType<COperator>().Count(op => op.OpCode.Name is "f" or "f*" or "F" or "B" or "B*");

    /// <summary>Every font of every page, by its PDF name, with whether its font program is embedded.</summary>
    public IReadOnlyDictionary<string, bool> Fonts()
    {
        var result = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var page in Pages)
        {
            var fonts = page.Resources.Elements.GetDictionary("/Font")!;
            foreach (var key in fonts.Elements.Keys)
            {
                var font = fonts.Elements.GetDictionary(key)!;
                var descendant = font.Elements.GetArray("/DescendantFonts")?.Elements.GetDictionary(0) ?? font;
                var descriptor = descendant.Elements.GetDictionary("/FontDescriptor");
                var embedded = descriptor is not null && (descriptor.Elements.ContainsKey("/FontFile2")
                    || descriptor.Elements.ContainsKey("/FontFile") || descriptor.Elements.ContainsKey("/FontFile3"));
                result[font.Elements.GetName("/BaseFont")] = embedded;
            }
        }

        return result;
    }

    private static void Decode(CString text, Dictionary<int, string> map, List<(string, int)> glyphs)
    {
        var value = text.Value;
        for (var i = 0; i + 1 < value.Length; i += 2)
        {
            var glyph = (value[i] << 8) | value[i + 1];
            glyphs.Add((map.TryGetValue(glyph, out var unicode) ? unicode : "\uFFFD", glyph));
        }
    }

    private static Dictionary<int, string> ToUnicode(PdfDictionary font)
    {
        var cmap = Encoding.ASCII.GetString(font.Elements.GetDictionary("/ToUnicode")!.Stream.UnfilteredValue);
        var map = new Dictionary<int, string>();
        foreach (Match block in BfBlock().Matches(cmap))
        {
            var hex = HexToken().Matches(block.Groups["body"].Value).Select(m => m.Groups[1].Value).ToList();
            var isRange = block.Groups["kind"].Value == "range";
            var step = isRange ? 3 : 2;
            for (var i = 0; i + step <= hex.Count; i += step)
            {
                var from = int.Parse(hex[i], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (!isRange)
                {
                    map[from] = Utf16(hex[i + 1], 0);
                    continue;
                }

                var to = int.Parse(hex[i + 1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                for (var code = from; code <= to; code++)
                {
                    map[code] = Utf16(hex[i + 2], code - from);
                }
            }
        }

        return map;
    }

    private static string Utf16(string hex, int offset)
    {
        var units = Enumerable.Range(0, hex.Length / 4)
            .Select(k => (char)int.Parse(hex.AsSpan(k * 4, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture))
            .ToArray();
        units[^1] = (char)(units[^1] + offset);
        return new string(units);
    }

    [GeneratedRegex(@"beginbf(?<kind>char|range)(?<body>.*?)endbf\k<kind>", RegexOptions.Singleline)]
    private static partial Regex BfBlock();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>")]
    private static partial Regex HexToken();
}
