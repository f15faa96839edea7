using LawReport.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LawReport.Infrastructure.Notifications;

/// <summary>
/// Emails the notifications not yet emailed, once each. Reading committed rows (rather than sending
/// while a report is being saved) means no email ever goes out for a change that was rolled back.
/// </summary>
public sealed class NotificationEmailOutbox(
    AppDbContext db, INotificationEmail email, IOptions<NotificationOptions> options, TimeProvider time, ILogger<NotificationEmailOutbox> logger)
{
    private const int BatchSize = 100;

    /// <summary>Returns how many emails were sent.</summary>
    public async Task<int> SendPendingAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var since = now - options.Value.Email.MaxAge;
        var pending = await (from n in db.Notifications
                             where n.EmailedAt == null && n.CreatedAt >= since
                             join u in db.Users on n.UserId equals u.Id
                             orderby n.Id
                             select new { Notification = n, u.Email })
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var item in pending)
        {
            if (!string.IsNullOrWhiteSpace(item.Email))
            {
                try
                {
                    await email.SendAsync(item.Email, "法治政府建设年度报告平台通知", item.Notification.Text, cancellationToken);
                    sent++;
                }
                catch (Exception e) when (e is System.Net.Mail.SmtpException or InvalidOperationException or IOException)
                {
                    // Left unmarked: the next round tries again until the notification is too old.
                    logger.LogWarning(e, "Email for notification {NotificationId} failed", item.Notification.Id);
                    continue;
                }
            }

            item.Notification.MarkEmailed(now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }
}
