using LawReport.Domain.Common;
using LawReport.Domain.Publishing;
using LawReport.Domain.Reports;

namespace LawReport.Tests.Shared;

/// <summary>Brings a new report to any status by walking the real workflow, never by setting fields.</summary>
internal static class ReportStates
{
    public static readonly Actor Filer = new("filer-1", "张伟");
    public static readonly Actor Lead = new("lead-1", "李强");
    public static readonly Actor Reviewer = new("reviewer-1", "王芳");

    /// <summary>The file a report walked to 已公开 is published with: the domain needs one, no test reads it.</summary>
    private static readonly byte[] Pdf = "%PDF-1.7 test"u8.ToArray();

    /// <summary>
    /// Walks <paramref name="report"/> to <paramref name="target"/>; publishing and withdrawing go through
    /// <see cref="Publication"/>, as in the portal. Returns the publication made on the way, if any (not stored).
    /// </summary>
    public static Publication? WalkTo(AnnualReport report, ReportStatus target, DateTimeOffset start)
    {
        var at = start;
        Publication? publication = null;
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
                case ReportTransition.Publish: publication = Publish(report, at); break;
                case ReportTransition.Withdraw: Publication.Withdraw(report, publication, Lead, "内容有误。", at); break;
                default: throw new InvalidOperationException(step.ToString());
            }
        }

        return publication;
    }

    private static Publication Publish(AnnualReport report, DateTimeOffset at)
    {
        var publishedOn = DateOnly.FromDateTime(at.UtcDateTime);
        var number = IndexNumberPattern.Format(IndexNumberPattern.Default, "000000000", publishedOn.Year, 1);
        return Publication.Publish(report, 1, number, new PublicationDetails("测试单位", publishedOn, "综合政务"), Lead, at, Pdf);
    }

    /// <summary>The shortest legal path from Draft to each status.</summary>
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
