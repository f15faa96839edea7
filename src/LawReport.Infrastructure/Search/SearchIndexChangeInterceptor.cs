using LawReport.Domain.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LawReport.Infrastructure.Search;

/// <summary>
/// Appends to the search index's change sequence in the same save that publishes, withdraws or corrects,
/// so an instance can never miss a change that committed (and never sees one that rolled back). Keyed by
/// report, whose id is known before the save, unlike a new publication's.
/// </summary>
public sealed class SearchIndexChangeInterceptor(TimeProvider time) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Record(DbContext? db)
    {
        if (db is null)
        {
            return;
        }

        db.ChangeTracker.DetectChanges();
        var reports = db.ChangeTracker.Entries<Publication>()
            .Where(e => e.State is EntityState.Added or EntityState.Deleted
                || (e.State == EntityState.Modified && e.Property(p => p.State).IsModified))
            .Select(e => e.Entity.ReportId)
            .Distinct()
            .ToList();
        var now = time.GetUtcNow();
        db.AddRange(reports.Select(r => SearchIndexChange.ForReport(r, now)));
    }
}
