using LawReport.Documents.Pdf;
using LawReport.Documents.Tests.Layout;

namespace LawReport.Documents.Tests.Pdf;

/// <summary>The renderer names the format it writes, and the file it renders says so too.</summary>
public class RendererFormat
{
    [Fact]
    public void The_pdf_renderer_writes_pdf_and_says_so()
    {
        var rendered = Renderers.WithShippedFonts.Render(SeedFixtures.Load("004"), Renderers.Published);

        Assert.Equal(FileFormat.Pdf, Renderers.WithShippedFonts.Format);
        Assert.Equal(FileFormat.Pdf, rendered.Format);
        Assert.Equal("application/pdf", rendered.ContentType);
        Assert.Equal(".pdf", rendered.Format.Extension);
        Assert.Equal("%PDF-"u8.ToArray(), rendered.Bytes[..5]);
    }
}
