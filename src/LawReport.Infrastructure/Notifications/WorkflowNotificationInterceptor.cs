using LawReport.Domain.Notifications;
using LawReport.Infrastructure.Audit;
using LawReport.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace LawReport.Infrastructure.Notifications;

/// <summary>
/// Adds to a save the notifications of the transitions it writes (<see cref="WorkflowNotices"/> says
/// who hears what), so they are there exactly when the transition is: committed together, or not at all.
/// Works for every page and command that moves a report, without them knowing.
/// </summary>
public sealed class WorkflowNotificationInterceptor(IOptions<NotificationOptions> options) : SaveChangesInterceptor
{
    // Sync saves are not used by the portal; this keeps them correct rather than silent (no
    // synchronization context exists in ASP.NET Core or the command line, so blocking is safe).
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not AppDbContext db)
        {
            return result;
        }

        db.ChangeTracker.DetectChanges();
        foreach (var (report, reportId, change, rule) in PendingTransitions.In(db))
        {
            if (rule is null)
            {
                continue;
            }

            var notified = new HashSet<string> { change.ActorId };
            foreach (var notice in WorkflowNotices.For(rule.Transition, report.Title, change.ActorName, change.Comment))
            {
                var recipients = await NotificationRecipients.UserIdsAsync(db, notice.Audience, report.BureauId, options.Value.PublishedBy, cancellationToken);
                foreach (var userId in recipients.Where(notified.Add))
                {
                    db.Notifications.Add(Notification.Create(userId, NotificationKind.Workflow, notice.Text, reportId, change.At));
                }
            }
        }

        return result;
    }
}
