using System.Net;
using LawReport.Domain.Reports;
using LawReport.Web.Tests.Support;

namespace LawReport.Web.Tests.Filing;

/// <summary>The report as it stands: in its official structure as HTML, and as the PDF with the draft watermark.</summary>
public class PreviewAndPdf(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_preview_shows_the_official_structure_and_what_is_still_missing()
    {
        var id = await portal.AddOwnReportAsync(2024, content: FilingSteps.CompleteWith(2024, 2, new ReportItemContent(null, "无")));
        using var filer = await portal.SignedInAsync("filer");

        var page = await filer.GetPageAsync($"/Reports/Preview/{id}");

        Assert.Equal("重庆市人民政府外事办公室2024年度法治政府建设情况报告", page.Find(".official-title")!.TextContent);
        Assert.Equal("一、2024年推进法治政府建设的主要举措和成效", page.Find(".official h3")!.TextContent);
        Assert.Contains("（一）科学规划年度工作。", page.Find(".official")!.TextContent);
        Assert.Contains("还有 1 处需要完善", page.Text);
    }

    [Fact]
    public async Task The_pdf_is_the_typeset_report_marked_as_a_draft()
    {
        var id = await portal.AddOwnReportAsync(2025);
        using var filer = await portal.SignedInAsync("filer");

        var response = await filer.GetAsync($"/Reports/Pdf/{id}");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
        Assert.Contains("（草稿）.pdf", response.Content.Headers.ContentDisposition!.FileNameStar);
    }

    [Fact]
    public async Task A_report_with_the_city_is_marked_as_sent_for_review_and_readable_by_the_reviewer()
    {
        var id = await portal.AddOwnReportAsync(2026, ReportStatus.InReview);
        using var reviewer = await portal.SignedInAsync("reviewer");

        var response = await reviewer.GetAsync($"/Reports/Pdf/{id}");
        var preview = await reviewer.GetPageAsync($"/Reports/Preview/{id}");

        Assert.Contains("（送审稿）.pdf", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Null(preview.Find("nav.filing-nav"));
    }
}
