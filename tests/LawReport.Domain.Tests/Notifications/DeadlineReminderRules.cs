using LawReport.Domain.Cycles;
using LawReport.Domain.Notifications;
using LawReport.Domain.Reports;

namespace LawReport.Domain.Tests.Notifications;

public class DeadlineReminderRules
{
    [Theory]
    [InlineData("2026-02-22", 7)]
    [InlineData("2026-02-28", 1)]
    [InlineData("2026-02-21", null)]
    [InlineData("2026-02-27", null)]
    [InlineData("2026-03-01", null)]
    public void Reminders_are_due_7_days_and_1_day_before_a_deadline(string today, int? expected) =>
        Assert.Equal(expected, DeadlineReminders.DaysLeft(new DateOnly(2026, 3, 1), DateOnly.Parse(today)));

    [Theory]
    [InlineData(Deadline.Submission, null, false, true)]
    [InlineData(Deadline.Submission, ReportStatus.AwaitingSignOff, false, true)]
    [InlineData(Deadline.Submission, ReportStatus.Returned, true, false)]
    [InlineData(Deadline.Publication, ReportStatus.Approved, true, true)]
    [InlineData(Deadline.Publication, null, false, true)]
    [InlineData(Deadline.Publication, ReportStatus.Published, true, false)]
    public void Only_bureaus_that_have_not_done_what_is_due_are_reminded(Deadline deadline, ReportStatus? status, bool everSignedOff, bool expected) =>
        Assert.Equal(expected, DeadlineReminders.IsOutstanding(deadline, status, everSignedOff));

    [Fact]
    public void The_reminder_names_the_deadline_the_day_and_whose_report_is_outstanding()
    {
        var cycle = ReportingCycle.Open(2025);
        var deadline = cycle.DeadlineOf(Deadline.Publication);

        Assert.Equal("距2025年度法治政府建设情况报告公开截止日期（2026年4月1日）还有1天，市外办的报告尚未公开发布。", DeadlineReminders.Text(Deadline.Publication, 2025, deadline, 1, "市外办"));
        Assert.Equal("距2025年度法治政府建设情况报告公开截止日期（2026年4月1日）还有1天，尚有3个单位的报告尚未公开发布。", DeadlineReminders.Text(Deadline.Publication, 2025, deadline, 1, 3));
        Assert.Equal([NoticeAudience.Publishers], DeadlineReminders.Audiences(Deadline.Publication));
    }

    [Fact]
    public void Reminders_of_different_days_or_deadlines_have_different_keys()
    {
        var day = new DateOnly(2026, 2, 22);
        var keys = new[]
        {
            DeadlineReminders.Key(Deadline.Submission, 2025, day),
            DeadlineReminders.Key(Deadline.Submission, 2025, day.AddDays(6)),
            DeadlineReminders.Key(Deadline.Publication, 2025, day),
            DeadlineReminders.Key(Deadline.Submission, 2024, day),
        };

        Assert.Equal(keys.Length, keys.Distinct().Count());
        Assert.Equal(keys[0], DeadlineReminders.Key(Deadline.Submission, 2025, day));
    }
}
