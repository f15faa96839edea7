using LawReport.Domain.Reports;
using LawReport.Domain.Tests.Builders;

namespace LawReport.Domain.Tests.Reports;

/// <summary>提交签发 runs the completeness check: an incomplete report stays with the filer, unchanged.</summary>
public class SubmissionNeedsACompleteReport
{
    private static readonly DateTimeOffset At = ReportBuilder.Start.AddDays(5);

    [Fact]
    public void An_incomplete_report_is_refused_with_its_findings_and_stays_a_draft()
    {
        var report = ReportBuilder.InDraft().Build();
        report.UpdateSection(2, "存在的不足和原因", [new ReportItemContent(null, "无")], At);
        var version = report.Version;

        var refusal = Assert.Throws<IncompleteReportException>(() => report.SubmitForSignOff(ReportBuilder.Filer, At));

        Assert.Equal(2, Assert.Single(refusal.Findings).Number);
        Assert.StartsWith("报告还不完整，不能提交签发：", refusal.Message);
        Assert.Equal(ReportStatus.Draft, report.Status);
        Assert.Single(report.History);
        Assert.Equal(version, report.Version);
    }

    [Fact]
    public void A_complete_report_goes_to_the_head()
    {
        var report = ReportBuilder.InDraft().Build();

        report.SubmitForSignOff(ReportBuilder.Filer, At, "请审阅。");

        Assert.Equal(ReportStatus.AwaitingSignOff, report.Status);
        Assert.Equal("请审阅。", report.History[^1].Comment);
    }

    [Fact]
    public void A_report_not_held_by_the_filer_is_refused_as_an_illegal_transition_before_any_check()
    {
        var report = ReportBuilder.In(ReportStatus.Submitted).Build();

        Assert.Throws<IllegalTransitionException>(() => report.SubmitForSignOff(ReportBuilder.Filer, At));
    }
}
