using LawReport.Domain.Notifications;

namespace LawReport.Domain.Tests.Notifications;

public class NotificationRules
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Reading_keeps_the_first_time()
    {
        var notification = Notification.Create("user-1", NotificationKind.Workflow, "《报告》已签发。", 5, At);

        notification.MarkRead(At.AddHours(1));
        notification.MarkRead(At.AddHours(2));

        Assert.Equal(At.AddHours(1), notification.ReadAt);
        Assert.True(notification.IsRead);
    }

    [Fact]
    public void A_long_text_is_shortened_to_fit()
    {
        var notification = Notification.Create("user-1", NotificationKind.Workflow, new string('长', 800), null, At);

        Assert.Equal(Notification.TextMaxLength, notification.Text.Length);
        Assert.False(notification.IsRead);
    }

    [Fact]
    public void A_notification_needs_a_recipient() =>
        Assert.Throws<ArgumentException>(() => Notification.Create("", NotificationKind.Workflow, "文字", null, At));
}
