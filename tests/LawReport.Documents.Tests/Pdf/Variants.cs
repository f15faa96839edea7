using LawReport.Documents.Layout;
using LawReport.Documents.Tests.Layout;

namespace LawReport.Documents.Tests.Pdf;

public class Variants
{
    [Fact]
    public void A_draft_watermark_is_drawn_as_shapes_that_stay_out_of_the_text()
    {
        var report = SeedFixtures.Load("000");
        var published = Renderers.WithShippedFonts.Render(report, Renderers.Published).Bytes;
        var draft = Renderers.WithShippedFonts.Render(report, Renderers.Published with { Watermark = DraftWatermark.Draft }).Bytes;
        var publishedPdf = PdfInspector.Open(published);
        var draftPdf = PdfInspector.Open(draft);

        Assert.All(publishedPdf.Pages, p => Assert.Equal(0, publishedPdf.FilledShapes(p)));
        Assert.All(draftPdf.Pages, p => Assert.True(draftPdf.FilledShapes(p) > 0));
        Assert.Equal(publishedPdf.Pages.Select(publishedPdf.Text), draftPdf.Pages.Select(draftPdf.Text));
    }

    [Fact]
    public void The_letterhead_prints_the_issuer_mark_and_document_number_before_the_title()
    {
        var options = Renderers.Published with { Letterhead = new Letterhead("上海市人民政府外事办公室", "沪外办〔2020〕12号") };
        var pdf = PdfInspector.Open(Renderers.WithShippedFonts.Render(SeedFixtures.Load("000"), options).Bytes);

        Assert.StartsWith("上海市人民政府外事办公室沪外办〔2020〕12号市外办2020年", pdf.Text(pdf.Pages.First()), StringComparison.Ordinal);
    }
}
