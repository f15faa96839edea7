using LawReport.Domain.Bureaus;
using LawReport.Domain.Common;
using LawReport.Domain.Reports;

namespace LawReport.Domain.Tests.Builders;

/// <summary>Builds reports in a given status by walking the real workflow, never by setting fields.</summary>
internal sealed class ReportBuilder
{
    public static readonly DateTimeOffset Start = new(2026, 2, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly Actor Filer = new("filer-1", "张伟");
    public static readonly Actor Lead = new("lead-1", "李强");
    public static readonly Actor Reviewer = new("reviewer-1", "王芳");

    private ReportStatus _status = ReportStatus.Draft;
    private readonly List<SectionContent> _sections = [];

    public static ReportBuilder InDraft() => new();

    public static ReportBuilder In(ReportStatus status) => new() { _status = status };

    public static Bureau Bureau() => Domain.Bureaus.Bureau.Create("重庆市人民政府外事办公室", "市外办", "014109568", "重庆市", "市政府工作部门");

    public ReportBuilder WithSection(SectionKind kind, params ReportItemContent[] items)
    {
        _sections.Add(new SectionContent(kind, kind.StandardHeading(2025), items));
        return this;
    }

    public AnnualReport Build()
    {
        var content = ReportTemplate.Standard("重庆市人民政府外事办公室", "市政府", 2025);
        if (_sections.Count > 0)
        {
            content = content with { Sections = _sections };
        }

        var report = AnnualReport.Create(Bureau(), 2025, content, Filer, Start);
        WalkTo(report, _status);
        return report;
    }

    /// <summary>The shortest legal path from Draft to each status.</summary>
    public static void WalkTo(AnnualReport report, ReportStatus target)
    {
        var at = Start;
        foreach (var step in PathTo(target))
        {
            at = at.AddHours(1);
            switch (step)
            {
                case ReportTransition.SubmitForSignOff: report.SubmitForSignOff(Filer, at); break;
                case ReportTransition.SignOff: report.SignOff(Lead, at); break;
                case ReportTransition.StartReview: report.StartReview(Reviewer, at); break;
                case ReportTransition.Return: report.Return(Reviewer, "请补充第二部分。", at); break;
                case ReportTransition.Approve: report.Approve(Reviewer, at); break;
                case ReportTransition.Publish: report.Publish(Lead, at); break;
                case ReportTransition.Withdraw: report.Withdraw(Lead, "内容有误。", at); break;
                default: throw new InvalidOperationException(step.ToString());
            }
        }
    }

    private static IEnumerable<ReportTransition> PathTo(ReportStatus target) => target switch
    {
        ReportStatus.Draft => [],
        ReportStatus.AwaitingSignOff => [ReportTransition.SubmitForSignOff],
        ReportStatus.Submitted => [.. PathTo(ReportStatus.AwaitingSignOff), ReportTransition.SignOff],
        ReportStatus.InReview => [.. PathTo(ReportStatus.Submitted), ReportTransition.StartReview],
        ReportStatus.Returned => [.. PathTo(ReportStatus.InReview), ReportTransition.Return],
        ReportStatus.Approved => [.. PathTo(ReportStatus.InReview), ReportTransition.Approve],
        ReportStatus.Published => [.. PathTo(ReportStatus.Approved), ReportTransition.Publish],
        ReportStatus.Withdrawn => [.. PathTo(ReportStatus.Published), ReportTransition.Withdraw],
        _ => throw new ArgumentOutOfRangeException(nameof(target)),
    };
}
