using LawReport.Domain.Common;

namespace LawReport.Domain.Reports;

/// <summary>The transitions of PRODUCT.md §3.</summary>
public enum ReportTransition
{
    SubmitForSignOff,
    ReturnToFiler,
    SignOff,
    StartReview,
    Return,
    Approve,
    Publish,
    Withdraw,
    StartCorrection,
}

/// <summary>One transition: the statuses it may start from, where it leads, and whether it needs a reason.</summary>
public sealed record TransitionRule(
    ReportTransition Transition,
    IReadOnlySet<ReportStatus> From,
    ReportStatus To,
    bool RequiresReason,
    string Label);

/// <summary>
/// The state machine as data, so the aggregate, the pages and the tests read the same table.
/// </summary>
public static class ReportWorkflow
{
    private static readonly Dictionary<ReportTransition, TransitionRule> Rules = new TransitionRule[]
    {
        new(ReportTransition.SubmitForSignOff, Set(ReportStatus.Draft, ReportStatus.Returned), ReportStatus.AwaitingSignOff, false, "提交签发"),
        new(ReportTransition.ReturnToFiler, Set(ReportStatus.AwaitingSignOff), ReportStatus.Draft, true, "退回填报人"),
        new(ReportTransition.SignOff, Set(ReportStatus.AwaitingSignOff), ReportStatus.Submitted, false, "签发报送"),
        new(ReportTransition.StartReview, Set(ReportStatus.Submitted), ReportStatus.InReview, false, "开始审核"),
        new(ReportTransition.Return, Set(ReportStatus.InReview), ReportStatus.Returned, true, "退回修改"),
        new(ReportTransition.Approve, Set(ReportStatus.InReview), ReportStatus.Approved, false, "审核通过"),
        new(ReportTransition.Publish, Set(ReportStatus.Approved), ReportStatus.Published, false, "公开发布"),
        new(ReportTransition.Withdraw, Set(ReportStatus.Published), ReportStatus.Withdrawn, true, "撤回"),
        new(ReportTransition.StartCorrection, Set(ReportStatus.Published), ReportStatus.Draft, true, "更正"),
    }.ToDictionary(r => r.Transition);

    public static IReadOnlyCollection<TransitionRule> All => Rules.Values;

    public static TransitionRule Rule(ReportTransition transition) => Rules[transition];

    /// <summary>
    /// The transition a history entry records, from its two statuses (each pair belongs to one transition);
    /// null for the entry that records a report's creation.
    /// </summary>
    public static TransitionRule? Find(ReportStatus? from, ReportStatus to) =>
        from is { } status ? Rules.Values.SingleOrDefault(r => r.From.Contains(status) && r.To == to) : null;

    private static HashSet<ReportStatus> Set(params ReportStatus[] statuses) => [.. statuses];
}

/// <summary>A transition was asked for from a status it does not start from.</summary>
public sealed class IllegalTransitionException(ReportStatus from, ReportTransition transition)
    : DomainException($"报告当前状态为“{from.Label()}”，不能{ReportWorkflow.Rule(transition).Label}。")
{
    public ReportStatus From { get; } = from;

    public ReportTransition Transition { get; } = transition;
}

/// <summary>Content was to be changed while the report is not with the bureau's filer.</summary>
public sealed class ReportLockedException(ReportStatus status)
    : DomainException($"报告当前状态为“{status.Label()}”，内容已锁定，不能修改。只有草稿和已退回的报告可以编辑。")
{
    public ReportStatus Status { get; } = status;
}

/// <summary>Approval was asked for while return points are still open, without the reviewer confirming it.</summary>
public sealed class OpenReturnPointsException(int open)
    : DomainException($"还有{open}条退回意见未关闭。请先关闭，或确认在意见未关闭的情况下审核通过。")
{
    public int Open { get; } = open;
}
