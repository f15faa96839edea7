using LawReport.Domain.Reports;
using LawReport.Infrastructure.Seeding;
using LawReport.Tests.Shared;
using LawReport.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static LawReport.Web.Tests.Review.ReviewSteps;

namespace LawReport.Web.Tests.Review;

/// <summary>
/// The review of a report through the real forms: take it up, comment on sections, return it with a
/// reason; after the bureau answers and resubmits, read the per-section comparison and the answers,
/// close points, and approve (with open points only after confirming).
/// </summary>
public class ReviewPages(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_reviewer_returns_a_report_with_two_points_and_a_reason()
    {
        var id = await portal.AddReportAsync(DemoData.FilerBureau, 2021, ReportStatus.Submitted, Content(DemoData.FilerBureau, 2021));
        using var reviewer = await portal.SignedInAsync("reviewer");
        var page = await reviewer.GetPageAsync($"/Review/Report/{id}");

        page = await reviewer.SubmitAsync(page.Form("form[action*='handler=Start']"));
        page = await reviewer.SubmitAsync(page.Form("#section-2 form.add-point"), Fields(("Point.Text", "只写了情况，请分析不足的原因。")));
        page = await reviewer.SubmitAsync(page.Form("#section-3 form.add-point"), Fields(("Point.Text", "请写明主要负责人履职的具体情况。")));
        var refused = await reviewer.SubmitAsync(page.Form("form[action*='handler=Return']"), Fields(("Return.Reason", "")));
        var returned = await reviewer.SubmitAsync(refused.Form("form[action*='handler=Return']"), Fields(("Return.Reason", "请按退回意见修改后重新报送。")));

        Assert.Contains("退回修改须填写总体意见", refused.FieldError("Return.Reason"));
        Assert.Contains("报告已退回修改", returned.Text);
        var report = await portal.ReportAsync(id);
        Assert.Equal(ReportStatus.Returned, report.Status);
        Assert.Equal([(2, "只写了情况，请分析不足的原因。"), (3, "请写明主要负责人履职的具体情况。")], report.ReturnPoints.Select(p => (p.SectionPosition, p.Text)));
        Assert.Equal("请按退回意见修改后重新报送。（附2条退回意见）", report.History[^1].Comment);
        Assert.Equal("王芳", report.History.Single(h => h.To == ReportStatus.InReview).ActorName);
    }

    [Fact]
    public async Task A_point_needs_text_and_its_error_shows_on_its_own_section()
    {
        var id = await portal.AddReportAsync(DemoData.FilerBureau, 2022, ReportStatus.InReview, Content(DemoData.FilerBureau, 2022));
        using var reviewer = await portal.SignedInAsync("reviewer");
        var page = await reviewer.GetPageAsync($"/Review/Report/{id}");

        var refused = await reviewer.SubmitAsync(page.Form("#section-4 form.add-point"), Fields(("Point.Text", " ")));

        Assert.Contains("请填写退回意见", refused.Find("#section-4 .field-error")!.TextContent);
        Assert.Null(refused.Find("#section-1 .field-error"));
        Assert.Empty((await portal.ReportAsync(id)).ReturnPoints);
    }

    [Fact]
    public async Task On_a_resubmission_the_reviewer_sees_what_changed_per_section_and_the_answers_then_approves()
    {
        var id = await portal.AddReportAsync(DemoData.FilerBureau, 2023, ReportStatus.InReview, Content(DemoData.FilerBureau, 2023));
        await portal.ChangeAsync(id, report =>
        {
            report.RaiseReturnPoint(2, "请分析原因。", ReportStates.Reviewer, DateTimeOffset.UtcNow);
            report.RaiseReturnPoint(3, "请写明履职情况。", ReportStates.Reviewer, DateTimeOffset.UtcNow);
            report.Return(ReportStates.Reviewer, "请修改。", DateTimeOffset.UtcNow);
            var heading = report.Sections[1].Heading;
            report.UpdateSection(2, heading, [new ReportItemContent(null, $"关于{heading}的情况。全年办理行政复议案件15件，主要原因是专业力量不足。")], DateTimeOffset.UtcNow);
            report.AnswerReturnPoint(1, "已补充原因分析。", DateTimeOffset.UtcNow);
            report.AnswerReturnPoint(2, "已补充履职情况。", DateTimeOffset.UtcNow);
            report.SubmitForSignOff(ReportStates.Filer, DateTimeOffset.UtcNow);
        });
        using (var lead = await portal.SignedInAsync("lead"))
        {
            var signOff = await lead.GetPageAsync($"/SignOff/Report/{id}");
            await lead.SubmitAsync(signOff.Form("form[action*='handler=SignOff']"));
        }

        using var reviewer = await portal.SignedInAsync("reviewer");
        var page = await reviewer.GetPageAsync($"/Review/Report/{id}");
        page = await reviewer.SubmitAsync(page.Form("form[action*='handler=Start']"));

        Assert.Contains("这是第2版，已与第1版（上次退回的版本）逐部分比较：1个部分有修改", page.Find("#diff-summary")!.TextContent);
        var changed = page.Find("#section-2")!;
        Assert.Equal("有修改", changed.QuerySelector(".change-badge")!.TextContent);
        Assert.Equal(["15", "，主要原因是专业力量不足"], changed.QuerySelectorAll("ins").Select(e => e.TextContent.Replace("（新增：", "").TrimEnd('）')));
        Assert.Equal("（删除：12）", Assert.Single(changed.QuerySelectorAll("del")).TextContent);
        Assert.Contains("全年办理行政复议案件（删除：12）（新增：15）件（新增：，主要原因是专业力量不足）。", changed.QuerySelector(".section-text")!.TextContent);
        Assert.Contains("单位答复：已补充原因分析。", changed.TextContent);
        Assert.Equal("未修改", page.Find("#section-1 .change-badge")!.TextContent);
        Assert.Empty(page.Document.QuerySelectorAll("#section-1 ins, #section-1 del"));

        page = await reviewer.SubmitAsync(page.Form("#point-1 form"));
        Assert.Contains("第1条退回意见已关闭", page.Text);
        var unconfirmed = await reviewer.SubmitAsync(page.Form("form[action*='handler=Approve']"), Fields(("Approve.Comment", "同意。")));
        Assert.Contains("还有1条退回意见未关闭", unconfirmed.Text);
        Assert.Equal(ReportStatus.InReview, (await portal.ReportAsync(id)).Status);
        var approved = await reviewer.SubmitAsync(unconfirmed.Form("form[action*='handler=Approve']"), Fields(("Approve.Comment", "同意。"), ("Approve.ConfirmOpenPoints", "true")));

        Assert.Contains("报告已审核通过", approved.Text);
        var report = await portal.ReportAsync(id);
        Assert.Equal(ReportStatus.Approved, report.Status);
        Assert.Equal("同意。（确认在1条退回意见未关闭的情况下通过）", report.History[^1].Comment);
        Assert.Equal([false, true], report.ReturnPoints.Select(p => p.IsOpen));
    }

    [Fact]
    public async Task Points_are_closed_reopened_and_deleted_only_as_the_rules_allow()
    {
        var id = await portal.AddReportAsync(DemoData.FilerBureau, 2024, ReportStatus.InReview, Content(DemoData.FilerBureau, 2024));
        using var reviewer = await portal.SignedInAsync("reviewer");
        var page = await reviewer.GetPageAsync($"/Review/Report/{id}");
        page = await reviewer.SubmitAsync(page.Form("#section-1 form.add-point"), Fields(("Point.Text", "请补充数据。")));

        page = await reviewer.SubmitAsync(page.Form("#point-1 form[action*='handler=ClosePoint']"));
        Assert.Contains("已关闭", page.Find("#point-1 .point-state")!.TextContent);
        page = await reviewer.SubmitAsync(page.Form("#point-1 form[action*='handler=ReopenPoint']"));
        Assert.Equal("未关闭", page.Find("#point-1 .point-state")!.TextContent);
        page = await reviewer.SubmitAsync(page.Form("#point-1 form[action*='handler=DeletePoint']"));

        Assert.Contains("第1条退回意见已删除", page.Text);
        Assert.Empty((await portal.ReportAsync(id)).ReturnPoints);
    }

    [Fact]
    public async Task The_queue_lists_submitted_reports_with_revision_lateness_and_reviewer_and_filters_them()
    {
        await portal.WithDbAsync(async db =>
        {
            db.ReportingCycles.Add(Domain.Cycles.ReportingCycle.Open(2025));
            await db.SaveChangesAsync();
        });
        await portal.AddReportSignedOffAsync(DemoData.FilerBureau, 2025, ReportStatus.InReview, new DateTimeOffset(2026, 3, 5, 2, 0, 0, TimeSpan.Zero));
        await portal.AddReportSignedOffAsync("常州市人民政府外事办公室", 2025, ReportStatus.Submitted, new DateTimeOffset(2026, 2, 27, 2, 0, 0, TimeSpan.Zero));
        await portal.AddReportAsync("北京市人民政府外事办公室", 2025, ReportStatus.Draft);
        using var reviewer = await portal.SignedInAsync("reviewer");

        var all = await reviewer.GetPageAsync("/Review?Year=2025");
        var lateOnly = await reviewer.GetPageAsync("/Review?Year=2025&Lateness=Late");
        var inReview = await reviewer.GetPageAsync("/Review?Year=2025&Status=InReview");

        var rows = all.Document.QuerySelectorAll("#queue tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("常州市人民政府外事办公室", rows[0]);
        Assert.Contains("第1版", rows[0]);
        Assert.Contains("按时报送", rows[0]);
        Assert.Contains("逾期报送", rows[1]);
        Assert.Contains("王芳", rows[1]);
        Assert.DoesNotContain(rows, r => r.Contains("北京市"));
        Assert.Contains(DemoData.FilerBureau, Assert.Single(lateOnly.Document.QuerySelectorAll("#queue tbody tr")).TextContent);
        Assert.Contains("审核中", Assert.Single(inReview.Document.QuerySelectorAll("#queue tbody tr")).TextContent);
    }
}
