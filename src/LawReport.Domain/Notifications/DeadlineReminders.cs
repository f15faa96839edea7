using System.Globalization;
using LawReport.Domain.Common;
using LawReport.Domain.Cycles;
using LawReport.Domain.Reports;

namespace LawReport.Domain.Notifications;

/// <summary>The two deadlines of a reporting cycle.</summary>
public enum Deadline
{
    /// <summary>报送: the head signs the report off to the city (3月1日 by default).</summary>
    Submission,

    /// <summary>公开: the report is published (4月1日 by default).</summary>
    Publication,
}

/// <summary>
/// When bureaus are reminded of a deadline, who is, and with what words: 7 days and 1 day before each
/// deadline, only bureaus that have not yet done what is due.
/// </summary>
public static class DeadlineReminders
{
    public static IReadOnlyList<int> DaysBefore { get; } = [7, 1];

    public static DateOnly DeadlineOf(this ReportingCycle cycle, Deadline deadline) =>
        deadline == Deadline.Submission ? cycle.SubmissionDeadline : cycle.PublicationDeadline;

    /// <summary>How many days are left if a reminder is due today; null when none is.</summary>
    public static int? DaysLeft(DateOnly deadline, DateOnly today) =>
        deadline.DayNumber - today.DayNumber is var days && DaysBefore.Contains(days) ? days : null;

    /// <summary>
    /// Whether the bureau still has to act: before the submission deadline, a report never signed off (or
    /// none at all); before the publication deadline, a report not yet published.
    /// </summary>
    public static bool IsOutstanding(Deadline deadline, ReportStatus? status, bool everSignedOff) => deadline switch
    {
        Deadline.Submission => !everSignedOff,
        _ => status is not (ReportStatus.Published or ReportStatus.Withdrawn),
    };

    /// <summary>Who is reminded: the bureau for submission, whoever publishes for publication.</summary>
    public static IReadOnlyList<NoticeAudience> Audiences(Deadline deadline) => deadline == Deadline.Submission
        ? [NoticeAudience.BureauFilers, NoticeAudience.BureauLeads]
        : [NoticeAudience.Publishers];

    /// <summary>A bureau's reminder, e.g. …还有7天，市外办的报告尚未签发报送。</summary>
    public static string Text(Deadline deadline, int year, DateOnly date, int daysLeft, string bureauName) =>
        Compose(deadline, year, date, daysLeft, $"{bureauName}的报告");

    /// <summary>The city office's reminder when it publishes: one message for all the bureaus outstanding.</summary>
    public static string Text(Deadline deadline, int year, DateOnly date, int daysLeft, int outstandingBureaus) =>
        Compose(deadline, year, date, daysLeft, $"尚有{outstandingBureaus}个单位的报告");

    /// <summary>
    /// What makes a reminder unique for its recipient: the cycle, the deadline and the day. A person gets
    /// at most one reminder per deadline and day.
    /// </summary>
    public static string Key(Deadline deadline, int year, DateOnly today) =>
        string.Create(CultureInfo.InvariantCulture, $"deadline:{year}:{deadline}:{today:yyyy-MM-dd}");

    private static string Compose(Deadline deadline, int year, DateOnly date, int daysLeft, string whose)
    {
        var what = deadline == Deadline.Submission ? "报送截止日期" : "公开截止日期";
        var outstanding = deadline == Deadline.Submission ? "尚未签发报送" : "尚未公开发布";
        return $"距{year}年度法治政府建设情况报告{what}（{ChineseDate.Format(date)}）还有{daysLeft}天，{whose}{outstanding}。";
    }
}
