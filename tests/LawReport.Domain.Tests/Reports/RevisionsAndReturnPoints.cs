using LawReport.Domain.Common;
using LawReport.Domain.Reports;
using LawReport.Domain.Tests.Builders;
using LawReport.Tests.Shared;

namespace LawReport.Domain.Tests.Reports;

public class RevisionsAndReturnPoints
{
    private static readonly DateTimeOffset At = ReportBuilder.Start.AddDays(20);

    [Fact]
    public void Each_sign_off_freezes_a_numbered_revision_of_the_content()
    {
        var report = ReportBuilder.In(ReportStatus.InReview).Build();
        var first = Assert.Single(report.Revisions);
        report.Return(ReportBuilder.Reviewer, "请补充。", At);
        report.UpdateSection(2, "存在的不足和原因", [new ReportItemContent(null, "专业力量不足。")], At);
        report.SubmitForSignOff(ReportBuilder.Filer, At);
        report.SignOff(ReportBuilder.Lead, At);

        Assert.Equal([1, 2], report.Revisions.Select(r => r.Number));
        Assert.Equal(SampleReports.SampleItem(SectionKind.Problems).Body, first.Content.Sections[1].Items[0].Body);
        Assert.Equal("专业力量不足。", report.LatestRevision!.Content.Sections[1].Items[0].Body);
        Assert.Equal(ReportBuilder.Lead.DisplayName, report.LatestRevision.SubmittedByName);
    }

    [Fact]
    public void Editing_after_submission_does_not_touch_the_frozen_revision()
    {
        var report = ReportBuilder.In(ReportStatus.Returned).Build();
        var frozen = report.LatestRevision!;

        report.UpdateSection(1, "改过的标题", [new ReportItemContent(null, "新的正文")], At);

        Assert.NotEqual("改过的标题", frozen.Content.Sections[0].Heading);
    }

    [Fact]
    public void A_reviewer_attaches_points_to_sections_and_the_bureau_answers_them_after_the_return()
    {
        var report = ReportBuilder.In(ReportStatus.InReview).Build();

        var point = report.RaiseReturnPoint(2, "只写了“无”，请如实分析不足和原因。", ReportBuilder.Reviewer, At);
        report.RaiseReturnPoint(3, "请写明主要负责人的姓名和履职情况。", ReportBuilder.Reviewer, At);
        report.Return(ReportBuilder.Reviewer, "请按意见修改。", At);
        report.AnswerReturnPoint(1, "已补充三方面不足及原因。", At);

        Assert.Equal(1, point.Number);
        Assert.Equal(report.Sections[1].Heading, point.SectionHeading);
        Assert.Equal(1, point.RaisedInRevision);
        Assert.Equal("已补充三方面不足及原因。", report.ReturnPoint(1).Answer);
        Assert.Equal(2, report.ReturnPoints.Count(p => p.IsOpen));
    }

    [Theory]
    [InlineData(ReportStatus.Draft)]
    [InlineData(ReportStatus.Submitted)]
    [InlineData(ReportStatus.Returned)]
    [InlineData(ReportStatus.Approved)]
    public void Points_are_raised_only_during_review(ReportStatus status)
    {
        var report = ReportBuilder.In(status).Build();

        var error = Assert.Throws<DomainException>(() => report.RaiseReturnPoint(1, "意见", ReportBuilder.Reviewer, At));

        Assert.Contains("不能填写退回意见", error.Message);
    }

    [Fact]
    public void The_bureau_answers_only_while_it_holds_the_report()
    {
        var report = ReportBuilder.In(ReportStatus.InReview).Build();
        report.RaiseReturnPoint(1, "意见", ReportBuilder.Reviewer, At);

        Assert.Throws<ReportLockedException>(() => report.AnswerReturnPoint(1, "答复", At));
    }

    [Fact]
    public void A_point_on_a_section_that_is_not_there_is_refused()
    {
        var report = ReportBuilder.In(ReportStatus.InReview).Build();

        Assert.Throws<DomainException>(() => report.RaiseReturnPoint(9, "意见", ReportBuilder.Reviewer, At));
    }

    [Fact]
    public void Approval_with_open_points_needs_a_confirmation_which_is_recorded()
    {
        var report = ReportBuilder.In(ReportStatus.InReview).Build();
        report.RaiseReturnPoint(1, "意见一", ReportBuilder.Reviewer, At);
        report.RaiseReturnPoint(2, "意见二", ReportBuilder.Reviewer, At);
        report.CloseReturnPoint(1, ReportBuilder.Reviewer, At);

        var refused = Assert.Throws<OpenReturnPointsException>(() => report.Approve(ReportBuilder.Reviewer, At));
        Assert.Equal(1, refused.Open);
        Assert.Equal(ReportStatus.InReview, report.Status);

        report.Approve(ReportBuilder.Reviewer, At, "同意。", confirmOpenPoints: true);

        Assert.Equal(ReportStatus.Approved, report.Status);
        Assert.Equal("同意。（确认在1条退回意见未关闭的情况下通过）", report.History[^1].Comment);
    }

    [Fact]
    public void Closed_points_can_be_reopened_during_review()
    {
        var report = ReportBuilder.In(ReportStatus.InReview).Build();
        report.RaiseReturnPoint(1, "意见", ReportBuilder.Reviewer, At);
        report.CloseReturnPoint(1, ReportBuilder.Reviewer, At);

        report.ReopenReturnPoint(1, At);

        Assert.True(report.ReturnPoint(1).IsOpen);
        Assert.Equal("", report.ReturnPoint(1).ClosedByName);
    }

    [Fact]
    public void Only_points_not_yet_sent_back_can_be_deleted()
    {
        var report = ReportBuilder.In(ReportStatus.InReview).Build();
        report.RaiseReturnPoint(1, "旧意见", ReportBuilder.Reviewer, At);
        report.Return(ReportBuilder.Reviewer, "请修改。", At);
        report.AnswerReturnPoint(1, "已修改。", At);
        report.SubmitForSignOff(ReportBuilder.Filer, At);
        report.SignOff(ReportBuilder.Lead, At);
        report.StartReview(ReportBuilder.Reviewer, At);
        report.RaiseReturnPoint(1, "新意见", ReportBuilder.Reviewer, At);

        Assert.Throws<DomainException>(() => report.DeleteReturnPoint(1, At));
        report.DeleteReturnPoint(2, At);

        Assert.Equal(["旧意见"], report.ReturnPoints.Select(p => p.Text));
    }
}
