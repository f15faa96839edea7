using LawReport.Domain.Reports;

namespace LawReport.Infrastructure.Notifications;

/// <summary>What notifications need to know about the portal's settings.</summary>
public sealed class NotificationOptions
{
    /// <summary>Who publishes approved reports (from <c>Workflow:PublishedBy</c>): they are reminded of the publication deadline.</summary>
    public PublishingParty PublishedBy { get; set; } = PublishingParty.Bureau;

    /// <summary>The <c>Notifications:Email</c> section: email copies, off by default.</summary>
    public NotificationEmailOptions Email { get; set; } = new();
}

/// <summary>
/// Email copies of notifications. Off by default: the portal's inbox is the channel. When switched on,
/// notifications of users with an email address are sent through SMTP by a background sender.
/// </summary>
public sealed class NotificationEmailOptions
{
    public bool Enabled { get; set; }

    public string SmtpHost { get; set; } = "";

    public int SmtpPort { get; set; } = 25;

    public bool UseSsl { get; set; } = true;

    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";

    /// <summary>The sender address, e.g. fzzf@example.gov.cn.</summary>
    public string From { get; set; } = "";

    /// <summary>Only notifications this recent are emailed, so switching email on does not send the whole history.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(1);
}
