using LawReport.Documents.Import;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LawReport.Documents.Tests.Import;

/// <summary>PDFs that cannot be read as text are refused with a Chinese message that says what to do instead.</summary>
public class PdfRefusals
{
    [Fact]
    public void A_scanned_pdf_without_a_text_layer_is_refused_as_needing_ocr()
    {
        PdfSharp.PdfSharpLicense.SetAgplLicense();
        using var document = new PdfDocument();
        using (var graphics = XGraphics.FromPdfPage(document.AddPage()))
        {
            // What a scanner puts on a page: a picture, no text.
            graphics.DrawRectangle(XBrushes.Gray, 50, 50, 400, 600);
        }

        using var buffer = new MemoryStream();
        document.Save(buffer);

        var result = ReportImporter.Import(buffer.ToArray(), "扫描件.pdf");

        Assert.False(result.Succeeded);
        Assert.Equal(SourceFormat.Pdf, result.Format);
        Assert.Contains("没有文字层", result.Error, StringComparison.Ordinal);
        Assert.Contains("OCR", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%PDF-1.7 binary")]
    [InlineData("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n")]
    public void A_damaged_pdf_is_refused_in_chinese(string content)
    {
        var result = ReportImporter.Import(System.Text.Encoding.ASCII.GetBytes(content), "报告.pdf");

        Assert.False(result.Succeeded);
        Assert.Contains("无法读取这个 PDF 文件", result.Error, StringComparison.Ordinal);
    }
}
