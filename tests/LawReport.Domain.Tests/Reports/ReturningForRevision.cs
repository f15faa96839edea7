using LawReport.Domain.Common;
using LawReport.Domain.Reports;
using LawReport.Domain.Tests.Builders;

namespace LawReport.Domain.Tests.Reports;

/// <summary>退回修改 sends every open point back, and the history says how many went.</summary>
public class ReturningForRevision
{
    private static readonly DateTimeOffset At = ReportBuilder.Start.AddDays(20);

    [Fact]
    public void The_history_records_the_reason_and_the_number_of_points_sent_back()
    {
        var report = ReportBuilder.In(ReportStatus.InReview).Build();
        report.RaiseReturnPoint(1, "请补充数据。", ReportBuilder.Reviewer, At);
        report.RaiseReturnPoint(2, "请分析原因。", ReportBuilder.Reviewer, At);
        report.CloseReturnPoint(1, ReportBuilder.Reviewer, At);
        report.RaiseReturnPoint(3, "请写明履职情况。", ReportBuilder.Reviewer, At);

        report.Return(ReportBuilder.Reviewer, "请按意见修改。", At);

        Assert.Equal(ReportStatus.Returned, report.Status);
        Assert.Equal("请按意见修改。（附2条退回意见）", report.History[^1].Comment);
        Assert.Equal([false, true, true], report.ReturnPoints.Select(p => p.IsOpen));
    }

    [Fact]
    public void Points_still_open_from_an_earlier_round_go_back_again()
    {
        var report = ReportBuilder.In(ReportStatus.InReview).Build();
        report.RaiseReturnPoint(1, "请补充数据。", ReportBuilder.Reviewer, At);
        report.Return(ReportBuilder.Reviewer, "请修改。", At);
        report.AnswerReturnPoint(1, "已补充。", At);
        report.SubmitForSignOff(ReportBuilder.Filer, At);
        report.SignOff(ReportBuilder.Lead, At);
        report.StartReview(ReportBuilder.Reviewer, At);

        report.Return(ReportBuilder.Reviewer, "数据仍不完整。", At);

        Assert.Equal("数据仍不完整。（附1条退回意见）", report.History[^1].Comment);
        Assert.Equal("已补充。", report.ReturnPoint(1).Answer);
    }

    [Fact]
    public void A_reason_that_leaves_no_room_for_the_note_is_refused()
    {
        var report = ReportBuilder.In(ReportStatus.InReview).Build();
        report.RaiseReturnPoint(1, "意见", ReportBuilder.Reviewer, At);

        var error = Assert.Throws<DomainException>(() => report.Return(ReportBuilder.Reviewer, new string('改', AnnualReportLimits.ReasonMaxLength), At));

        Assert.Contains("不能超过", error.Message);
        Assert.Equal(ReportStatus.InReview, report.Status);
    }

    [Theory]
    [InlineData(null, ReportStatus.Draft, null)]
    [InlineData(ReportStatus.Draft, ReportStatus.AwaitingSignOff, ReportTransition.SubmitForSignOff)]
    [InlineData(ReportStatus.Returned, ReportStatus.AwaitingSignOff, ReportTransition.SubmitForSignOff)]
    [InlineData(ReportStatus.AwaitingSignOff, ReportStatus.Draft, ReportTransition.ReturnToFiler)]
    [InlineData(ReportStatus.Published, ReportStatus.Draft, ReportTransition.StartCorrection)]
    [InlineData(ReportStatus.InReview, ReportStatus.Returned, ReportTransition.Return)]
    [InlineData(ReportStatus.Draft, ReportStatus.Published, null)]
    public void A_history_entry_tells_which_transition_it_records(ReportStatus? from, ReportStatus to, ReportTransition? expected) =>
        Assert.Equal(expected, ReportWorkflow.Find(from, to)?.Transition);
}
