using LawReport.Domain.Common;
using LawReport.Domain.Reports;
using LawReport.Domain.Tests.Builders;

namespace LawReport.Domain.Tests.Reports;

/// <summary>Every transition from every status: legal ones move and are recorded, illegal ones throw.</summary>
public class ReportTransitions
{
    private static readonly DateTimeOffset At = ReportBuilder.Start.AddDays(10);

    /// <summary>The workflow of PRODUCT.md §3, written out independently of ReportWorkflow's table.</summary>
    private static readonly Dictionary<(ReportStatus, ReportTransition), ReportStatus> Legal = new()
    {
        [(ReportStatus.Draft, ReportTransition.SubmitForSignOff)] = ReportStatus.AwaitingSignOff,
        [(ReportStatus.Returned, ReportTransition.SubmitForSignOff)] = ReportStatus.AwaitingSignOff,
        [(ReportStatus.AwaitingSignOff, ReportTransition.ReturnToFiler)] = ReportStatus.Draft,
        [(ReportStatus.AwaitingSignOff, ReportTransition.SignOff)] = ReportStatus.Submitted,
        [(ReportStatus.Submitted, ReportTransition.StartReview)] = ReportStatus.InReview,
        [(ReportStatus.InReview, ReportTransition.Return)] = ReportStatus.Returned,
        [(ReportStatus.InReview, ReportTransition.Approve)] = ReportStatus.Approved,
        [(ReportStatus.Approved, ReportTransition.Publish)] = ReportStatus.Published,
        [(ReportStatus.Published, ReportTransition.Withdraw)] = ReportStatus.Withdrawn,
        [(ReportStatus.Published, ReportTransition.StartCorrection)] = ReportStatus.Draft,
    };

    public static TheoryData<ReportStatus, ReportTransition> AllPairs()
    {
        var data = new TheoryData<ReportStatus, ReportTransition>();
        foreach (var status in Enum.GetValues<ReportStatus>())
        {
            foreach (var transition in Enum.GetValues<ReportTransition>())
            {
                data.Add(status, transition);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void A_transition_moves_the_report_only_from_the_statuses_it_starts_from(ReportStatus from, ReportTransition transition)
    {
        var report = ReportBuilder.In(from).Build();
        var historyBefore = report.History.Count;
        var versionBefore = report.Version;

        if (Legal.TryGetValue((from, transition), out var expected))
        {
            Fire(report, transition, "理由");

            Assert.Equal(expected, report.Status);
            var entry = report.History[^1];
            Assert.Equal(historyBefore + 1, report.History.Count);
            Assert.Equal(from, entry.From);
            Assert.Equal(expected, entry.To);
            Assert.Equal(ReportBuilder.Reviewer.UserId, entry.ActorId);
            Assert.Equal(At, entry.At);
            Assert.NotEqual(versionBefore, report.Version);
        }
        else
        {
            var error = Assert.Throws<IllegalTransitionException>(() => Fire(report, transition, "理由"));

            Assert.Equal(from, report.Status);
            Assert.Equal(historyBefore, report.History.Count);
            Assert.Equal(versionBefore, report.Version);
            Assert.Contains(from.Label(), error.Message);
        }
    }

    [Fact]
    public void The_workflow_table_is_the_one_in_the_product_brief()
    {
        var table = ReportWorkflow.All
            .SelectMany(rule => rule.From.Select(from => ((from, rule.Transition), rule.To)))
            .ToDictionary(x => x.Item1, x => x.To);

        Assert.Equal(Legal.OrderBy(x => x.Key.ToString()), table.OrderBy(x => x.Key.ToString()));
    }

    [Theory]
    [InlineData(ReportStatus.AwaitingSignOff, ReportTransition.ReturnToFiler)]
    [InlineData(ReportStatus.InReview, ReportTransition.Return)]
    [InlineData(ReportStatus.Published, ReportTransition.Withdraw)]
    [InlineData(ReportStatus.Published, ReportTransition.StartCorrection)]
    public void Returning_withdrawing_and_correcting_require_a_reason(ReportStatus from, ReportTransition transition)
    {
        var report = ReportBuilder.In(from).Build();

        var error = Assert.Throws<DomainException>(() => Fire(report, transition, "  \n "));

        Assert.Contains("须填写理由", error.Message);
        Assert.Equal(from, report.Status);
    }

    [Fact]
    public void The_reason_is_recorded_in_the_history()
    {
        var report = ReportBuilder.In(ReportStatus.InReview).Build();

        report.Return(ReportBuilder.Reviewer, "第二部分只写了“无”，请补充。", At);

        Assert.Equal("第二部分只写了“无”，请补充。", report.History[^1].Comment);
    }

    [Fact]
    public void A_new_report_starts_as_a_draft_with_its_creation_recorded()
    {
        var report = ReportBuilder.InDraft().Build();

        Assert.Equal(ReportStatus.Draft, report.Status);
        var created = Assert.Single(report.History);
        Assert.Null(created.From);
        Assert.Equal(ReportStatus.Draft, created.To);
        Assert.Equal(ReportBuilder.Filer.DisplayName, created.ActorName);
    }

    private static void Fire(AnnualReport report, ReportTransition transition, string reason)
    {
        var by = ReportBuilder.Reviewer;
        switch (transition)
        {
            case ReportTransition.SubmitForSignOff: report.SubmitForSignOff(by, At); break;
            case ReportTransition.ReturnToFiler: report.ReturnToFiler(by, reason, At); break;
            case ReportTransition.SignOff: report.SignOff(by, At); break;
            case ReportTransition.StartReview: report.StartReview(by, At); break;
            case ReportTransition.Return: report.Return(by, reason, At); break;
            case ReportTransition.Approve: report.Approve(by, At); break;
            case ReportTransition.Publish: report.Publish(by, At); break;
            case ReportTransition.Withdraw: report.Withdraw(by, reason, At); break;
            case ReportTransition.StartCorrection: report.StartCorrection(by, reason, At); break;
            default: throw new ArgumentOutOfRangeException(nameof(transition));
        }
    }
}
