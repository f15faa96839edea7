using System.Net;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Seeding;
using LawReport.Tests.Shared;
using LawReport.Web.Tests.Support;

namespace LawReport.Web.Tests.Filing;

/// <summary>A filer starts the year's report from the template, last year's structure, a file or pasted text.</summary>
public class StartingAReport(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task From_the_template_the_report_has_the_five_parts_and_the_bureaus_settings()
    {
        await portal.OpenCycleAsync(2031);
        using var filer = await portal.SignedInAsync("filer");
        var start = await filer.GetPageAsync("/Reports/Start?year=2031");

        var edit = await filer.SubmitAsync(start.Form("form[action*='handler=Template']"));

        Assert.Equal(HttpStatusCode.OK, edit.Status);
        Assert.Contains("已新建2031年度报告", edit.Text);
        var report = await portal.LoadReportAsync(FilingSteps.ReportIdIn(edit));
        Assert.Equal("重庆市人民政府外事办公室2031年度法治政府建设情况报告", report.Title);
        Assert.Equal("市政府", report.Addressee);
        Assert.Equal(DemoData.FilerBureau, report.Signature);
        Assert.Equal(SectionKinds.All, report.Sections.Select(s => s.Kind));
        Assert.Equal("2031年推进法治政府建设的主要举措和成效", report.Sections[0].Heading);
        Assert.Equal(ReportStatus.Draft, report.Status);
        Assert.Equal("张伟", Assert.Single(report.History).ActorName);
    }

    [Fact]
    public async Task From_last_years_report_the_structure_and_headings_carry_over_but_not_the_text()
    {
        await portal.OpenCycleAsync(2033);
        var last = SampleReports.Complete(DemoData.FilerBureau, "市政府", 2032);
        await portal.AddOwnReportAsync(2032, ReportStatus.Published, last with
        {
            Sections = [.. last.Sections.Take(3), last.Sections[3] with { Heading = "2033年工作打算" }, last.Sections[4]],
        });
        using var filer = await portal.SignedInAsync("filer");
        var start = await filer.GetPageAsync("/Reports/Start?year=2033");

        var edit = await filer.SubmitAsync(start.Form("form[action*='handler=Previous']"));

        var report = await portal.LoadReportAsync(FilingSteps.ReportIdIn(edit));
        Assert.Equal("2034年工作打算", report.Sections[3].Heading);
        Assert.All(report.Sections, s => Assert.Empty(s.Items));
    }

    [Fact]
    public async Task From_a_word_file_the_parts_items_and_signature_are_read()
    {
        await portal.OpenCycleAsync(2034);
        using var filer = await portal.SignedInAsync("filer");
        var start = await filer.GetPageAsync("/Reports/Start?year=2034");

        var edit = await filer.UploadAsync(start.Form("form[action*='handler=Import']"), "Upload", WordFile(
            "重庆市人民政府外事办公室2034年度法治政府建设情况报告",
            "市委、市政府：",
            "一、2034年推进法治政府建设的主要举措和成效",
            "（一）科学规划年度工作。制定年度工作要点。",
            "二、存在的不足和原因",
            "法治宣传的针对性不够强。",
            "重庆市人民政府外事办公室",
            "2035年2月20日"), "报告.docx");

        Assert.Equal(HttpStatusCode.OK, edit.Status);
        var report = await portal.LoadReportAsync(FilingSteps.ReportIdIn(edit));
        Assert.Equal("市委、市政府", report.Addressee);
        Assert.Equal("科学规划年度工作。", report.Sections[0].Items[0].Heading);
        Assert.Equal(SectionKind.Problems, report.Sections[1].Kind);
        Assert.Equal(new DateOnly(2035, 2, 20), report.DateWritten);
        Assert.Contains("导入提示", edit.Text);
    }

    [Fact]
    public async Task From_pasted_text_a_published_report_becomes_a_draft_with_what_to_check()
    {
        await portal.OpenCycleAsync(2035);
        using var filer = await portal.SignedInAsync("filer");
        var start = await filer.GetPageAsync("/Reports/Start?year=2035");

        var edit = await filer.SubmitAsync(start.Form("form[action*='handler=Paste']"), new Dictionary<string, string?>
        {
            ["Text"] = await File.ReadAllTextAsync(RepositoryPaths.Seed("001")),
        });

        var report = await portal.LoadReportAsync(FilingSteps.ReportIdIn(edit));
        Assert.Equal(ReportStatus.Draft, report.Status);
        Assert.True(report.Sections.Count >= 4);
        Assert.Contains("文件中的报告年度是2020年", edit.Find("#import-heading + p + ul")!.TextContent);
    }

    [Fact]
    public async Task A_file_the_importer_cannot_read_is_refused_in_chinese_and_nothing_is_created()
    {
        await portal.OpenCycleAsync(2036);
        using var filer = await portal.SignedInAsync("filer");
        var start = await filer.GetPageAsync("/Reports/Start?year=2036");

        var page = await filer.UploadAsync(start.Form("form[action*='handler=Import']"), "Upload", "%PDF-1.7 binary"u8.ToArray(), "报告.pdf");

        Assert.Contains("无法读取这个 PDF 文件", page.FieldError("Upload"));
        Assert.Null(await ReportIdAsync(2036));
    }

    [Fact]
    public async Task Text_beyond_the_reports_limits_is_refused_with_the_limit_in_the_message()
    {
        await portal.OpenCycleAsync(2037);
        using var filer = await portal.SignedInAsync("filer");
        var start = await filer.GetPageAsync("/Reports/Start?year=2037");
        var text = "重庆市人民政府外事办公室2037年度法治政府建设情况报告\n一、主要举措和成效\n" + new string('法', AnnualReportLimits.ItemBodyMaxLength + 10) + "。\n";

        var page = await filer.SubmitAsync(start.Form("form[action*='handler=Paste']"), new Dictionary<string, string?> { ["Text"] = text });

        Assert.Contains($"不能超过{AnnualReportLimits.ItemBodyMaxLength}个字符", page.FieldError("Text"));
        Assert.Null(await ReportIdAsync(2037));
    }

    [Fact]
    public async Task A_year_that_already_has_a_report_leads_to_it()
    {
        await portal.OpenCycleAsync(2038);
        var id = await portal.AddOwnReportAsync(2038);
        using var filer = await portal.SignedInAsync("filer");

        var page = await filer.GetPageAsync("/Reports/Start?year=2038");

        Assert.Equal($"/Reports/Edit/{id}", page.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("已经创建", page.Text);
    }

    [Fact]
    public async Task A_year_without_an_open_cycle_is_refused()
    {
        using var filer = await portal.SignedInAsync("filer");
        var start = await filer.GetPageAsync("/Reports/Start");

        var page = await filer.SubmitAsync(start.Form("form[action*='handler=Template']"), new Dictionary<string, string?> { ["Year"] = "2039" });

        Assert.Contains("2039年度的报告周期没有开放", page.Errors);
        Assert.Null(await ReportIdAsync(2039));
    }

    private Task<int?> ReportIdAsync(int year) =>
        portal.WithDbAsync((db, _) => Task.FromResult(db.Reports.Where(r => r.Year == year).Select(r => (int?)r.Id).FirstOrDefault()));

    /// <summary>A minimal Word document with one paragraph per line.</summary>
    private static byte[] WordFile(params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p) { Space = SpaceProcessingModeValues.Preserve })))));
            main.Document.Save();
        }

        return stream.ToArray();
    }
}
