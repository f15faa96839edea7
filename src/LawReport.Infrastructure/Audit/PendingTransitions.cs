using LawReport.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Infrastructure.Audit;

/// <summary>A history entry about to be saved, with its report and the transition it records.</summary>
/// <param name="ReportId">Null while the report itself is new (its id is not known before it is saved).</param>
/// <param name="Rule">Null for the entry that records the report's creation.</param>
public sealed record PendingTransition(AnnualReport Report, int? ReportId, StatusChange Change, TransitionRule? Rule);

/// <summary>
/// Finds the transitions a save is about to write: every workflow method of the report adds one
/// <see cref="StatusChange"/>, so the new history entries are the transitions, whichever page or
/// command made them. The audit log and the notifications both start from here.
/// </summary>
public static class PendingTransitions
{
    /// <summary>Call after <c>ChangeTracker.DetectChanges()</c>.</summary>
    public static IReadOnlyList<PendingTransition> In(DbContext db)
    {
        var added = db.ChangeTracker.Entries<StatusChange>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity)
            .ToHashSet();
        if (added.Count == 0)
        {
            return [];
        }

        var pending = new List<PendingTransition>();
        foreach (var report in db.ChangeTracker.Entries<AnnualReport>())
        {
            var id = report.Property(r => r.Id).IsTemporary ? (int?)null : report.Entity.Id;
            pending.AddRange(report.Entity.History
                .Where(added.Contains)
                .Select(change => new PendingTransition(report.Entity, id, change, ReportWorkflow.Find(change.From, change.To))));
        }

        return pending;
    }
}
