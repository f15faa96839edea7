using System.Text.Json;
using LawReport.Documents.Pdf;

namespace LawReport.Documents.Tests.Pdf;

/// <summary>One glyph as pdfminer reads it from a PDF: its text, face (without the subset tag), size and horizontal extent.</summary>
internal sealed record PdfGlyph(string Text, string Face, double Size, double X0, double X1, double Baseline);

/// <summary>
/// Every glyph of a rendered file, with its face and position, as the external checker reads it
/// (<c>check-pdf-layout --glyphs</c>, through pdfminer): what a reader's viewer draws, independently of
/// the layout engine. Pages hold lines, top line first; a line's glyphs run left to right.
/// </summary>
internal static class PdfGlyphs
{
    public static IReadOnlyList<IReadOnlyList<IReadOnlyList<PdfGlyph>>> Read(RenderedReport rendered)
    {
        var file = Path.Combine(Path.GetTempPath(), $"lawreport-glyphs-{Guid.NewGuid():N}.pdf");
        try
        {
            File.WriteAllBytes(file, rendered.Bytes);
            var (code, output) = ExternalLayoutCheck.Run("python3", ExternalLayoutCheck.Checker, "--glyphs", file);
            Assert.True(code == 0, output);
            using var json = JsonDocument.Parse(output);
            Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
            return json.RootElement.EnumerateArray()
                .Select(page => (IReadOnlyList<IReadOnlyList<PdfGlyph>>)page.EnumerateArray()
                    .Select(line => (IReadOnlyList<PdfGlyph>)line.EnumerateArray()
                        .Select(g => new PdfGlyph(
                            g[0].GetString()!, g[1].GetString()!, g[2].GetDouble(), g[3].GetDouble(), g[4].GetDouble(), g[5].GetDouble()))
                        .ToList())
                    .ToList())
                .ToList();
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static string Text(IReadOnlyList<PdfGlyph> line) => string.Concat(line.Select(g => g.Text));

    /// <summary>The face that drew the first glyph with this text.</summary>
    public static string FaceOf(IEnumerable<IReadOnlyList<IReadOnlyList<PdfGlyph>>> pages, string text) =>
        pages.SelectMany(p => p).SelectMany(l => l).First(g => g.Text == text).Face;
}
