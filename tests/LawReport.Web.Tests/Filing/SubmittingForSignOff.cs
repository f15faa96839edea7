using System.Net;
using LawReport.Domain.Reports;
using LawReport.Web.Tests.Support;

namespace LawReport.Web.Tests.Filing;

/// <summary>提交签发: the completeness check with links to each place to fix, then the hand-over that locks the content.</summary>
public class SubmittingForSignOff(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_incomplete_report_lists_each_finding_with_a_link_to_where_it_is_fixed()
    {
        var id = await portal.AddOwnReportAsync(2080, content: FilingSteps.CompleteWith(2080, 2, new ReportItemContent(null, "无。")) with { DateWritten = null });
        using var filer = await portal.SignedInAsync("filer");

        var page = await filer.GetPageAsync($"/Reports/Submit/{id}");

        var links = page.Document.QuerySelectorAll(".findings li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/Reports/Section/{id}/2", $"/Reports/Edit/{id}#Details_DateWritten"], links);
        Assert.Contains("不能只写“无”", page.Text);
        Assert.Null(page.Find("form[method=post] button.primary"));
    }

    [Fact]
    public async Task A_missing_part_links_to_the_add_section_form_with_its_kind_chosen()
    {
        var id = await portal.AddOwnReportAsync(2081);
        await portal.ChangeReportAsync(id, report => report.RemoveSection(4, DateTimeOffset.UtcNow));
        using var filer = await portal.SignedInAsync("filer");

        var link = (await filer.GetPageAsync($"/Reports/Submit/{id}")).Find(".findings a")!.GetAttribute("href")!;
        var overview = await filer.GetPageAsync(link);

        Assert.Equal($"/Reports/Edit/{id}?kind=NextYearPlans#add-section", link);
        Assert.Equal("NextYearPlans", overview.Find("#add-kind option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_complete_report_goes_to_the_head_and_its_pages_then_say_why_it_is_locked()
    {
        var id = await portal.AddOwnReportAsync(2082);
        using var filer = await portal.SignedInAsync("filer");
        var submit = await filer.GetPageAsync($"/Reports/Submit/{id}");
        var section = (await filer.GetPageAsync($"/Reports/Section/{id}/1")).SectionForm();

        var details = await filer.SubmitAsync(submit.Form("main form[method=post]"), new Dictionary<string, string?> { ["Input.Comment"] = "请审阅。" });

        Assert.Contains("报告已提交单位负责人签发", details.Text);
        var report = await portal.LoadReportAsync(id);
        Assert.Equal(ReportStatus.AwaitingSignOff, report.Status);
        Assert.Equal(("张伟", "请审阅。"), (report.History[^1].ActorName, report.History[^1].Comment));

        var locked = await filer.GetPageAsync($"/Reports/Section/{id}/1");
        Assert.Equal(HttpStatusCode.OK, locked.Status);
        Assert.Contains("已提交单位负责人签发，内容已锁定", locked.Text);
        Assert.Null(locked.Find("#section-form"));

        var refused = await filer.SubmitAsync(section, new Dictionary<string, string?> { ["Input.Items[0].Body"] = "锁定后的修改。" });
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains("内容已锁定", refused.Text);
        Assert.NotEqual("锁定后的修改。", (await portal.LoadReportAsync(id)).Sections[0].Items[0].Body);
    }

    [Fact]
    public async Task A_report_changed_after_the_check_is_not_submitted_until_the_filer_looked_again()
    {
        var id = await portal.AddOwnReportAsync(2083);
        using var filer = await portal.SignedInAsync("filer");
        var submit = await filer.GetPageAsync($"/Reports/Submit/{id}");
        await portal.ChangeReportAsync(id, report => report.UpdateSection(2, "存在的不足和原因", [new(null, "无")], DateTimeOffset.UtcNow));

        var page = await filer.SubmitAsync(submit.Form("main form[method=post]"));

        Assert.Equal(HttpStatusCode.Conflict, page.Status);
        Assert.Contains("又被修改过", page.Errors);
        Assert.Contains("不能只写“无”", page.Find(".findings")!.TextContent);
        Assert.Equal(ReportStatus.Draft, (await portal.LoadReportAsync(id)).Status);
    }

    [Fact]
    public async Task The_domain_refuses_an_incomplete_report_even_when_the_form_is_posted_directly()
    {
        var id = await portal.AddOwnReportAsync(2084, content: FilingSteps.CompleteWith(2084, 3, new ReportItemContent(null, "主要负责同志认真履职。")));
        using var filer = await portal.SignedInAsync("filer");
        var page = await filer.GetPageAsync($"/Reports/Submit/{id}");
        var token = page.Find("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var version = (await portal.LoadReportAsync(id)).Version.ToString();

        var response = await filer.PostAsync($"/Reports/Submit/{id}", [new("__RequestVerificationToken", token), new("Input.Version", version)]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(ReportStatus.Draft, (await portal.LoadReportAsync(id)).Status);
    }
}
