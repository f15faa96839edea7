using LawReport.Domain.Reports;
using LawReport.Domain.Tests.Builders;
using LawReport.Tests.Shared;

namespace LawReport.Domain.Tests.Reports;

/// <summary>What the check before 提交签发 finds, and where each finding points the filer.</summary>
public class CompletenessCheck
{
    private static readonly DateTimeOffset At = ReportBuilder.Start.AddDays(3);

    [Fact]
    public void A_complete_report_has_no_findings()
    {
        var report = ReportBuilder.InDraft().Build();

        Assert.Empty(ReportCompleteness.Check(report));
    }

    [Fact]
    public void A_new_report_from_the_template_lists_every_empty_part_and_the_missing_date()
    {
        var report = AnnualReport.Create(
            ReportBuilder.Bureau(), 2025, ReportTemplate.Standard("重庆市人民政府外事办公室", "市政府", 2025), ReportBuilder.Filer, At);

        var findings = ReportCompleteness.Check(report);

        Assert.Equal([1, 2, 3, 4, 5], findings.Where(f => f.Target == CompletenessTarget.Section).Select(f => f.Number));
        Assert.Contains(findings, f => f.Target == CompletenessTarget.DateWritten);
        Assert.DoesNotContain(findings, f => f.Target == CompletenessTarget.Signature);
        Assert.Equal("“一、2025年推进法治政府建设的主要举措和成效”还没有内容。", findings[0].Message);
    }

    [Fact]
    public void A_missing_part_is_named_with_its_standard_heading()
    {
        var report = ReportBuilder.InDraft().Build();
        report.RemoveSection(4, At);

        var finding = Assert.Single(ReportCompleteness.Check(report));

        Assert.Equal(CompletenessTarget.MissingPart, finding.Target);
        Assert.Equal(SectionKind.NextYearPlans, finding.Kind);
        Assert.Contains("2026年推进法治政府建设的主要安排", finding.Message);
    }

    [Theory]
    [InlineData("无")]
    [InlineData("无。")]
    [InlineData(" 暂无 ")]
    [InlineData("没有。")]
    [InlineData("無")]
    [InlineData("——")]
    public void A_problems_part_that_only_says_none_is_refused(string text)
    {
        var report = ReportBuilder.InDraft().Build();
        report.UpdateSection(2, "存在的不足和原因", [new ReportItemContent(null, text)], At);

        var finding = Assert.Single(ReportCompleteness.Check(report));

        Assert.Equal((CompletenessTarget.Section, 2), (finding.Target, finding.Number));
        Assert.Contains("不能只写“无”", finding.Message);
    }

    [Fact]
    public void A_problems_part_that_explains_a_shortcoming_passes()
    {
        var report = ReportBuilder.InDraft().Build();
        report.UpdateSection(2, "存在的不足和原因", [new ReportItemContent(null, "无明显短板，但基层执法力量仍然不足。")], At);

        Assert.Empty(ReportCompleteness.Check(report));
    }

    [Fact]
    public void A_leader_duties_part_without_a_name_points_to_that_part_wherever_it_stands()
    {
        var report = ReportBuilder.InDraft().Build();
        report.UpdateSection(3, "主要负责人履职情况", [new ReportItemContent(null, "办主要负责同志切实履行推进法治建设第一责任人职责。")], At);
        report.MoveSection(3, -1, At);

        var finding = Assert.Single(ReportCompleteness.Check(report));

        Assert.Equal((CompletenessTarget.Section, 2, SectionKind.LeaderDuties), (finding.Target, finding.Number, finding.Kind));
        Assert.Contains("姓名", finding.Message);
    }

    [Fact]
    public void Signature_and_date_must_be_filled()
    {
        var report = ReportBuilder.InDraft().Build();
        var content = report.Content;
        report.UpdateDetails(content.Title, content.Addressee, content.Preamble, content.Closing, "", null, content.Note, At);

        var targets = ReportCompleteness.Check(report).Select(f => f.Target);

        Assert.Equal([CompletenessTarget.Signature, CompletenessTarget.DateWritten], targets);
    }

    [Fact]
    public void Open_return_points_need_an_answer_and_closed_ones_do_not()
    {
        var report = ReportBuilder.In(ReportStatus.InReview).Build();
        report.RaiseReturnPoint(1, "请补充数据。", ReportBuilder.Reviewer, At);
        report.RaiseReturnPoint(2, "请分析原因。", ReportBuilder.Reviewer, At);
        report.CloseReturnPoint(1, ReportBuilder.Reviewer, At);
        report.Return(ReportBuilder.Reviewer, "请按意见修改。", At);

        var finding = Assert.Single(ReportCompleteness.Check(report));
        Assert.Equal((CompletenessTarget.ReturnPoint, 2), (finding.Target, finding.Number));

        report.AnswerReturnPoint(2, "已补充原因分析。", At);
        Assert.Empty(ReportCompleteness.Check(report));
    }

    [Fact]
    public void The_sample_content_of_the_tests_is_complete()
    {
        var report = AnnualReport.Create(
            ReportBuilder.Bureau(), 2024, SampleReports.Complete("重庆市人民政府外事办公室", "市政府", 2024), ReportBuilder.Filer, At);

        Assert.Empty(ReportCompleteness.Check(report));
    }
}
