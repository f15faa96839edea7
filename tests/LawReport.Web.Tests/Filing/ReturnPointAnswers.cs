using LawReport.Domain.Reports;
using LawReport.Tests.Shared;
using LawReport.Web.Tests.Support;

namespace LawReport.Web.Tests.Filing;

/// <summary>A report returned by the city: the filer sees why and each point, answers them, then resubmits.</summary>
public class ReturnPointAnswers(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<int> ReturnedWithPointAsync(int year)
    {
        var id = await portal.AddOwnReportAsync(year, ReportStatus.InReview);
        await portal.ChangeReportAsync(id, report =>
        {
            report.RaiseReturnPoint(2, "请分析不足的原因。", ReportStates.Reviewer, DateTimeOffset.UtcNow);
            report.Return(ReportStates.Reviewer, "第二部分过于简略。", DateTimeOffset.UtcNow);
        });
        return id;
    }

    [Fact]
    public async Task The_overview_shows_the_reason_and_the_point_and_saves_the_answer()
    {
        var id = await ReturnedWithPointAsync(2090);
        using var filer = await portal.SignedInAsync("filer");
        var overview = await filer.GetPageAsync($"/Reports/Edit/{id}");

        Assert.Contains("第二部分过于简略。", overview.Find(".returned blockquote")!.TextContent);
        Assert.Contains("请分析不足的原因。", overview.Find("#point-1")!.TextContent);
        var page = await filer.SubmitAsync(overview.Form("#point-1 form"), new Dictionary<string, string?> { ["Answer.Text"] = "已补充原因分析。" });

        Assert.Contains("已保存对第1条退回意见的答复", page.Text);
        Assert.Equal("已补充原因分析。", (await portal.LoadReportAsync(id)).ReturnPoint(1).Answer);
    }

    [Fact]
    public async Task Resubmission_waits_for_the_answer_and_then_goes_through()
    {
        var id = await ReturnedWithPointAsync(2091);
        using var filer = await portal.SignedInAsync("filer");

        var check = await filer.GetPageAsync($"/Reports/Submit/{id}");
        Assert.Equal($"/Reports/Edit/{id}#point-1", check.Find(".findings a")!.GetAttribute("href"));

        var overview = await filer.GetPageAsync($"/Reports/Edit/{id}");
        await filer.SubmitAsync(overview.Form("#point-1 form"), new Dictionary<string, string?> { ["Answer.Text"] = "已补充。" });
        check = await filer.GetPageAsync($"/Reports/Submit/{id}");
        await filer.SubmitAsync(check.Form("main form[method=post]"));

        Assert.Equal(ReportStatus.AwaitingSignOff, (await portal.LoadReportAsync(id)).Status);
    }

    [Fact]
    public async Task An_answer_changed_in_between_is_shown_and_the_filers_text_kept()
    {
        var id = await ReturnedWithPointAsync(2092);
        using var filer = await portal.SignedInAsync("filer");
        var overview = await filer.GetPageAsync($"/Reports/Edit/{id}");
        await portal.ChangeReportAsync(id, report => report.AnswerReturnPoint(1, "同事的答复。", DateTimeOffset.UtcNow));

        var page = await filer.SubmitAsync(overview.Form("#point-1 form"), new Dictionary<string, string?> { ["Answer.Text"] = "我的答复。" });

        Assert.Contains("同事的答复。", page.Find("#point-1 .notice")!.TextContent);
        Assert.Equal("我的答复。", page.Find("#answer-1")!.TextContent);
        Assert.Equal("同事的答复。", (await portal.LoadReportAsync(id)).ReturnPoint(1).Answer);
        await filer.SubmitAsync(page.Form("#point-1 form"));
        Assert.Equal("我的答复。", (await portal.LoadReportAsync(id)).ReturnPoint(1).Answer);
    }

    [Fact]
    public async Task The_section_editor_shows_the_points_raised_on_it()
    {
        var id = await ReturnedWithPointAsync(2093);
        using var filer = await portal.SignedInAsync("filer");

        var page = await filer.GetPageAsync($"/Reports/Section/{id}/2");

        Assert.Contains("请分析不足的原因。", page.Find(".return-points")!.TextContent);
        Assert.NotNull(page.Find("#section-form"));
    }
}
