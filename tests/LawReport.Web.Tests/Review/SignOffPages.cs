using System.Net;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Seeding;
using LawReport.Tests.Shared;
using LawReport.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static LawReport.Web.Tests.Review.ReviewSteps;

namespace LawReport.Web.Tests.Review;

/// <summary>The bureau head reads the report and signs it off or returns it, through the real forms.</summary>
public class SignOffPages(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_head_reads_the_report_and_its_draft_pdf()
    {
        var id = await portal.AddReportAsync(DemoData.FilerBureau, 2011, ReportStatus.AwaitingSignOff, Content(DemoData.FilerBureau, 2011));
        using var lead = await portal.SignedInAsync("lead");

        var list = await lead.GetPageAsync("/SignOff");
        var page = await lead.GetPageAsync($"/SignOff/Report/{id}");
        var pdf = await lead.GetAsync($"/SignOff/Report/{id}?handler=Pdf");

        Assert.Contains(list.Document.QuerySelectorAll("main a"), a => a.GetAttribute("href") == $"/SignOff/Report/{id}");
        Assert.Equal(5, page.Document.QuerySelectorAll(".official h3").Length);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync(), 0, 4));
    }

    [Fact]
    public async Task Signing_off_submits_the_report_freezes_revision_1_and_tells_the_reviewers()
    {
        var id = await portal.AddReportAsync(DemoData.FilerBureau, 2012, ReportStatus.AwaitingSignOff, Content(DemoData.FilerBureau, 2012));
        using var lead = await portal.SignedInAsync("lead");
        var page = await lead.GetPageAsync($"/SignOff/Report/{id}");

        var done = await lead.SubmitAsync(page.Form("form[action*='handler=SignOff']"), Fields(("SignOff.Comment", "同意报送。")));

        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.Contains("已签发，报告已报送依法治市办。", done.Text);
        var report = await portal.ReportAsync(id);
        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.Equal(1, Assert.Single(report.Revisions).Number);
        Assert.Equal("李强", report.Revisions[0].SubmittedByName);
        Assert.Equal(("李强", "同意报送。"), (report.History[^1].ActorName, report.History[^1].Comment));
        var reviewer = await portal.UserIdAsync("reviewer");
        Assert.True(await portal.WithDbAsync((db, _) => db.Notifications.AnyAsync(n => n.UserId == reviewer && n.ReportId == id)));
    }

    [Fact]
    public async Task Returning_to_the_filer_needs_a_reason()
    {
        var id = await portal.AddReportAsync(DemoData.FilerBureau, 2013, ReportStatus.AwaitingSignOff);
        using var lead = await portal.SignedInAsync("lead");
        var page = await lead.GetPageAsync($"/SignOff/Report/{id}");

        var refused = await lead.SubmitAsync(page.Form("form[action*='handler=Return']"), Fields(("Return.Reason", "  ")));
        var returned = await lead.SubmitAsync(refused.Form("form[action*='handler=Return']"), Fields(("Return.Reason", "请补充负责人履职情况。")));

        Assert.Contains("请填写退回理由", refused.FieldError("Return.Reason"));
        Assert.Contains("报告已退回填报人修改。", returned.Text);
        var report = await portal.ReportAsync(id);
        Assert.Equal(ReportStatus.Draft, report.Status);
        Assert.Equal("请补充负责人履职情况。", report.History[^1].Comment);
    }

    [Fact]
    public async Task A_form_posted_after_someone_else_acted_is_refused_with_what_happened()
    {
        var id = await portal.AddReportAsync(DemoData.FilerBureau, 2014, ReportStatus.AwaitingSignOff);
        using var lead = await portal.SignedInAsync("lead");
        using var otherTab = await portal.SignedInAsync("lead");
        var stale = await lead.GetPageAsync($"/SignOff/Report/{id}");
        var fresh = await otherTab.GetPageAsync($"/SignOff/Report/{id}");
        await otherTab.SubmitAsync(fresh.Form("form[action*='handler=Return']"), Fields(("Return.Reason", "先退回。")));
        await portal.ChangeAsync(id, report => report.SubmitForSignOff(ReportStates.Filer, DateTimeOffset.UtcNow));

        var refused = await lead.SubmitAsync(stale.Form("form[action*='handler=SignOff']"));

        Assert.Contains("报告已被他人处理", refused.Text);
        Assert.Contains("提交签发", refused.Text);
        Assert.Equal(ReportStatus.AwaitingSignOff, (await portal.ReportAsync(id)).Status);
        var retried = await lead.SubmitAsync(refused.Form("form[action*='handler=SignOff']"));
        Assert.Contains("已签发", retried.Text);
    }

    [Fact]
    public async Task A_second_sign_off_of_the_same_report_explains_that_it_was_already_signed_off()
    {
        var id = await portal.AddReportAsync(DemoData.FilerBureau, 2016, ReportStatus.AwaitingSignOff);
        using var lead = await portal.SignedInAsync("lead");
        using var otherTab = await portal.SignedInAsync("lead");
        var first = await lead.GetPageAsync($"/SignOff/Report/{id}");
        var second = await otherTab.GetPageAsync($"/SignOff/Report/{id}");
        await lead.SubmitAsync(first.Form("form[action*='handler=SignOff']"));

        var refused = await otherTab.SubmitAsync(second.Form("form[action*='handler=SignOff']"));

        Assert.Equal(System.Net.HttpStatusCode.OK, refused.Status);
        Assert.Contains("李强于", refused.Errors);
        Assert.Contains("“签发报送”", refused.Errors);
        Assert.Single((await portal.ReportAsync(id)).Revisions);
    }

    [Fact]
    public async Task A_resubmission_shows_the_city_s_points_with_the_bureau_s_answers()
    {
        var id = await portal.AddReportAsync(DemoData.FilerBureau, 2015, ReportStatus.InReview, Content(DemoData.FilerBureau, 2015));
        await portal.ChangeAsync(id, report =>
        {
            report.RaiseReturnPoint(2, "请分析不足的原因。", ReportStates.Reviewer, DateTimeOffset.UtcNow);
            report.Return(ReportStates.Reviewer, "请修改。", DateTimeOffset.UtcNow);
            report.AnswerReturnPoint(1, "已补充原因分析。", DateTimeOffset.UtcNow);
            report.SubmitForSignOff(ReportStates.Filer, DateTimeOffset.UtcNow);
        });
        using var lead = await portal.SignedInAsync("lead");

        var page = await lead.GetPageAsync($"/SignOff/Report/{id}");

        var points = page.Find("#points-heading")!.ParentElement!.TextContent;
        Assert.Contains("请分析不足的原因。", points);
        Assert.Contains("答复：已补充原因分析。", points);
        Assert.Contains("内容冻结为第2版", page.Text);
    }
}
