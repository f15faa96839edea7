using LawReport.Domain.Common;

namespace LawReport.Domain.Notifications;

/// <summary>Why someone is notified. Stored by name.</summary>
public enum NotificationKind
{
    /// <summary>A report was handed to the bureau's head for sign-off, returned, signed off… (one transition).</summary>
    Workflow = 1,

    /// <summary>A deadline is 7 days or 1 day away and the bureau has not done what is due.</summary>
    DeadlineReminder = 2,
}

/// <summary>
/// A message in a user's portal inbox (the header shows how many are unread). Created by the system when
/// a report moves on or a deadline nears; the user only reads it.
/// </summary>
public sealed class Notification
{
    public const int UserIdMaxLength = 450;
    public const int TextMaxLength = 500;
    public const int KeyMaxLength = 100;

    private Notification()
    {
    }

    public int Id { get; private set; }

    /// <summary>The recipient's account id.</summary>
    public string UserId { get; private set; } = "";

    public NotificationKind Kind { get; private set; }

    public string Text { get; private set; } = "";

    /// <summary>The report it is about, when there is one; opening the notification leads there.</summary>
    public int? ReportId { get; private set; }

    /// <summary>
    /// For reminders: what makes it unique for its recipient (the deadline and the day), so the same
    /// reminder is never sent twice; null for notifications that cannot repeat.
    /// </summary>
    public string? Key { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>When it was also sent by email (only when email is switched on); null until then.</summary>
    public DateTimeOffset? EmailedAt { get; private set; }

    public bool IsRead => ReadAt is not null;

    public static Notification Create(string userId, NotificationKind kind, string text, int? reportId, DateTimeOffset at, string? key = null)
    {
        if (string.IsNullOrEmpty(userId))
        {
            throw new ArgumentException("A notification needs a recipient.", nameof(userId));
        }

        var line = PlainText.Line(text);
        return new Notification
        {
            UserId = userId,
            Kind = kind,
            Text = line.Length <= TextMaxLength ? line : line[..(TextMaxLength - 1)] + "…",
            ReportId = reportId,
            Key = key is null ? null : Guard.MaxLength(key, KeyMaxLength, "提醒标识"),
            CreatedAt = at,
        };
    }

    /// <summary>Marks it read; reading it again keeps the first time.</summary>
    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;

    /// <summary>Records that the email copy went out (or that there is nothing to send), so it is sent once.</summary>
    public void MarkEmailed(DateTimeOffset at) => EmailedAt ??= at;
}
