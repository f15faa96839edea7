using LawReport.Documents.Layout;
using LawReport.Documents.Tests.Layout;

namespace LawReport.Documents.Tests.Pdf;

public class Variants
{
    [Fact]
    public void A_draft_carries_its_watermark_on_every_page()
    {
        var rendered = Renderers.WithShippedFonts.Render(SeedFixtures.Load("000"), Renderers.Published with { Watermark = DraftWatermark.Draft });
        var pdf = PdfInspector.Open(rendered.Bytes);

        Assert.All(pdf.Pages, p => Assert.StartsWith("草稿", pdf.Text(p), StringComparison.Ordinal));
    }

    [Fact]
    public void The_letterhead_prints_the_issuer_mark_and_document_number_before_the_title()
    {
        var options = Renderers.Published with { Letterhead = new Letterhead("上海市人民政府外事办公室", "沪外办〔2020〕12号") };
        var pdf = PdfInspector.Open(Renderers.WithShippedFonts.Render(SeedFixtures.Load("000"), options).Bytes);

        Assert.StartsWith("上海市人民政府外事办公室沪外办〔2020〕12号市外办2020年", pdf.Text(pdf.Pages.First()), StringComparison.Ordinal);
    }
}
