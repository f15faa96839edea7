using LawReport.Documents.Pdf;
using LawReport.Documents.Tests.Layout;

namespace LawReport.Documents.Tests.Pdf;

public class DocumentMetadata
{
    private static readonly PdfInspector Pdf = PdfInspector.Open(
        Renderers.WithShippedFonts.Render(SeedFixtures.Load("001"), Renderers.Published).Bytes);

    [Fact]
    public void The_title_is_the_report_title_and_the_author_the_bureau()
    {
        Assert.Equal("重庆市人民政府外事办公室关于2020年度法治政府建设情况的报告", Pdf.Document.Info.Title);
        Assert.Equal("重庆市人民政府外事办公室", Pdf.Document.Info.Author);
    }

    [Fact]
    public void Subject_and_keywords_describe_the_report()
    {
        Assert.Equal("法治政府建设年度报告", Pdf.Document.Info.Subject);
        Assert.Equal("法治政府建设；年度报告；2020；重庆市人民政府外事办公室", Pdf.Document.Info.Keywords);
    }

    [Fact]
    public void The_creation_date_is_the_date_the_caller_passed()
    {
        Assert.Equal(Renderers.PublicationDate.UtcDateTime, Pdf.Document.Info.CreationDate.ToUniversalTime());
    }

    [Fact]
    public void Options_override_the_defaults()
    {
        var options = Renderers.Published with { Author = "某某局", Subject = "主题", Keywords = "关键词" };
        var info = PdfInspector.Open(Renderers.WithShippedFonts.Render(SeedFixtures.Load("001"), options).Bytes).Document.Info;

        Assert.Equal(("某某局", "主题", "关键词"), (info.Author, info.Subject, info.Keywords));
    }
}
