using LawReport.Documents.Layout;
using LawReport.Documents.Tests.Layout;

namespace LawReport.Documents.Tests.Pdf;

/// <summary>The five seed reports rendered and read back from the PDF file itself.</summary>
public class SeedRendering
{
    [Theory]
    [MemberData(nameof(SeedFixtures.Prefixes), MemberType = typeof(SeedFixtures))]
    public void Every_page_is_A4(string seed)
    {
        var (rendered, pdf) = Render(seed);

        Assert.Equal(rendered.PageCount, pdf.Document.PageCount);
        Assert.All(pdf.Pages, p =>
        {
            Assert.Equal(PageGeometry.PageWidth, p.Width.Point, 2);
            Assert.Equal(PageGeometry.PageHeight, p.Height.Point, 2);
        });
    }

    [Theory]
    [MemberData(nameof(SeedFixtures.Prefixes), MemberType = typeof(SeedFixtures))]
    public void Every_font_is_embedded_as_a_subset(string seed)
    {
        var fonts = Render(seed).Pdf.Fonts();

        Assert.NotEmpty(fonts);
        Assert.All(fonts, f =>
        {
            Assert.True(f.Value, $"{f.Key} is not embedded");
            Assert.Matches("^/[A-Z]{6}\\+", f.Key);
        });
    }

    [Theory]
    [MemberData(nameof(SeedFixtures.Prefixes), MemberType = typeof(SeedFixtures))]
    public void The_extracted_text_is_the_report_text_in_reading_order(string seed)
    {
        var report = SeedFixtures.Load(seed);
        var (rendered, pdf) = Render(seed);
        var pages = pdf.Pages.Select(pdf.Text).ToList();

        // Each page ends with its number: —N—.
        var text = string.Concat(pages.Select((t, i) =>
        {
            var number = $"—{i + 1}—";
            Assert.EndsWith(number, t, StringComparison.Ordinal);
            return t[..^number.Length];
        }));
        Assert.Equal(SeedFixtures.ReadingText(report), SeedFixtures.WithoutWhitespace(text));
        Assert.Equal(rendered.PageCount, pages.Count);
    }

    [Theory]
    [MemberData(nameof(SeedFixtures.Prefixes), MemberType = typeof(SeedFixtures))]
    public void No_glyph_is_missing(string seed)
    {
        var (rendered, pdf) = Render(seed);

        Assert.Empty(rendered.MissingCharacters);
        Assert.All(pdf.Pages, p => Assert.DoesNotContain(pdf.Glyphs(p), g => g.GlyphId == 0));
    }

    [Theory]
    [MemberData(nameof(SeedFixtures.Prefixes), MemberType = typeof(SeedFixtures))]
    public void A_second_render_gives_identical_bytes(string seed)
    {
        var report = SeedFixtures.Load(seed);

        var first = Renderers.WithShippedFonts.Render(report, Renderers.Published).Bytes;
        var second = new LawReport.Documents.Pdf.PdfReportRenderer().Render(SeedFixtures.Load(seed), Renderers.Published).Bytes;

        Assert.Equal(first, second);
    }

    private static (LawReport.Documents.Pdf.RenderedReport Rendered, PdfInspector Pdf) Render(string seed)
    {
        var rendered = Renderers.WithShippedFonts.Render(SeedFixtures.Load(seed), Renderers.Published);
        return (rendered, PdfInspector.Open(rendered.Bytes));
    }
}
