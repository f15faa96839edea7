using LawReport.Domain.Common;
using LawReport.Domain.Notifications;
using LawReport.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LawReport.Infrastructure.Notifications;

/// <summary>
/// Sends the reminders due today (7 days and 1 day before each deadline of an open cycle) to the
/// people of bureaus that have not done what is due. Running it again the same day sends nothing new:
/// a reminder's key is unique per recipient, deadline and day.
/// </summary>
public sealed class DeadlineReminderJob(AppDbContext db, IOptions<NotificationOptions> options, TimeProvider time)
{
    /// <summary>Returns how many reminders were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var today = time.ChinaToday();
        var publishedBy = options.Value.PublishedBy;
        var sent = 0;
        foreach (var cycle in await db.ReportingCycles.AsNoTracking().Where(c => c.IsOpen).ToListAsync(cancellationToken))
        {
            foreach (var deadline in Enum.GetValues<Deadline>())
            {
                var date = cycle.DeadlineOf(deadline);
                if (DeadlineReminders.DaysLeft(date, today) is not { } daysLeft)
                {
                    continue;
                }

                var reports = await db.Reports.AsNoTracking()
                    .Where(r => r.Year == cycle.Year)
                    .Select(r => new { r.Id, r.BureauId, r.Status, EverSignedOff = r.Revisions.Any() })
                    .ToDictionaryAsync(r => r.BureauId, cancellationToken);
                var outstanding = (await db.Bureaus.AsNoTracking().Where(b => b.IsActive).OrderBy(b => b.Id)
                        .Select(b => new { b.Id, b.FullName }).ToListAsync(cancellationToken))
                    .Where(b => DeadlineReminders.IsOutstanding(
                        deadline, reports.GetValueOrDefault(b.Id)?.Status, reports.GetValueOrDefault(b.Id)?.EverSignedOff ?? false))
                    .ToList();
                if (outstanding.Count == 0)
                {
                    continue;
                }

                // Each recipient gets one reminder per deadline and day: their bureau's, or the city's.
                var messages = new Dictionary<string, (string Text, int? ReportId)>();
                foreach (var audience in DeadlineReminders.Audiences(deadline))
                {
                    if (NotificationRecipients.IsCityOffice(audience, publishedBy))
                    {
                        var text = DeadlineReminders.Text(deadline, cycle.Year, date, daysLeft, outstanding.Count);
                        foreach (var userId in await NotificationRecipients.UserIdsAsync(db, audience, 0, publishedBy, cancellationToken))
                        {
                            messages.TryAdd(userId, (text, null));
                        }

                        continue;
                    }

                    foreach (var bureau in outstanding)
                    {
                        var text = DeadlineReminders.Text(deadline, cycle.Year, date, daysLeft, bureau.FullName);
                        var reportId = reports.GetValueOrDefault(bureau.Id)?.Id;
                        foreach (var userId in await NotificationRecipients.UserIdsAsync(db, audience, bureau.Id, publishedBy, cancellationToken))
                        {
                            messages.TryAdd(userId, (text, reportId));
                        }
                    }
                }

                var key = DeadlineReminders.Key(deadline, cycle.Year, today);
                var recipients = messages.Keys.ToList();
                var already = await db.Notifications.Where(n => n.Key == key && recipients.Contains(n.UserId)).Select(n => n.UserId).ToListAsync(cancellationToken);
                foreach (var (userId, (text, reportId)) in messages.Where(m => !already.Contains(m.Key)))
                {
                    db.Notifications.Add(Notification.Create(userId, NotificationKind.DeadlineReminder, text, reportId, now, key));
                    sent++;
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }
}
