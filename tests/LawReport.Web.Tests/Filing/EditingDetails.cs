using LawReport.Domain.Reports;
using LawReport.Web.Tests.Support;

namespace LawReport.Web.Tests.Filing;

/// <summary>The report's title, addressee, opening, closing, signature, date written and note, on the overview.</summary>
public class EditingDetails(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_details_are_saved_from_the_overview()
    {
        var id = await portal.AddOwnReportAsync(2014);
        using var filer = await portal.SignedInAsync("filer");
        var overview = await filer.GetPageAsync($"/Reports/Edit/{id}");

        var page = await filer.SubmitAsync(overview.Form("form[action*='handler=Details']"), new Dictionary<string, string?>
        {
            ["Details.Title"] = "关于2014年度法治政府建设情况的报告",
            ["Details.Addressee"] = "市委、市政府：",
            ["Details.Preamble"] = "2014年，我办……\n\n现将有关情况报告如下：",
            ["Details.Closing"] = "特此报告。",
            ["Details.Signature"] = "重庆市外办",
            ["Details.DateWritten"] = "2015-02-26",
            ["Details.Note"] = "（此件公开发布）",
        });

        Assert.Matches(@"已保存 \d\d:\d\d", page.Text);
        var report = await portal.LoadReportAsync(id);
        Assert.Equal(("关于2014年度法治政府建设情况的报告", "市委、市政府", "特此报告。", "重庆市外办"), (report.Title, report.Addressee, report.Closing, report.Signature));
        Assert.Equal(new DateOnly(2015, 2, 26), report.DateWritten);
        Assert.Equal("2014年，我办……\n\n现将有关情况报告如下：", report.Preamble);
    }

    [Fact]
    public async Task An_empty_title_and_an_overlong_note_are_explained_next_to_their_fields()
    {
        var id = await portal.AddOwnReportAsync(2015);
        using var filer = await portal.SignedInAsync("filer");
        var overview = await filer.GetPageAsync($"/Reports/Edit/{id}");

        var page = await filer.SubmitAsync(overview.Form("form[action*='handler=Details']"), new Dictionary<string, string?>
        {
            ["Details.Title"] = "\u200B ", ["Details.Note"] = new string('注', AnnualReportLimits.NoteMaxLength + 1),
        });

        Assert.Equal("请填写报告标题。", page.FieldError("Details.Title"));
        Assert.Equal($"附注不能超过{AnnualReportLimits.NoteMaxLength}个字符（现有{AnnualReportLimits.NoteMaxLength + 1}个）。", page.FieldError("Details.Note"));
        Assert.Equal("重庆市人民政府外事办公室2015年度法治政府建设情况报告", (await portal.LoadReportAsync(id)).Title);
    }

    [Fact]
    public async Task A_date_that_is_not_a_date_gets_a_chinese_message()
    {
        var id = await portal.AddOwnReportAsync(2016);
        using var filer = await portal.SignedInAsync("filer");
        var overview = await filer.GetPageAsync($"/Reports/Edit/{id}");

        var page = await filer.SubmitAsync(overview.Form("form[action*='handler=Details']"), new Dictionary<string, string?> { ["Details.DateWritten"] = "二月底" });

        Assert.Contains("不是有效的值", page.FieldError("Details.DateWritten"));
    }
}
