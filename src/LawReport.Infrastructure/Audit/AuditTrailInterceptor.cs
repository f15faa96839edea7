using LawReport.Domain.Audit;
using LawReport.Domain.Publishing;
using LawReport.Domain.Reports;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LawReport.Infrastructure.Audit;

/// <summary>
/// Writes the audit entries of a save into the same save (so they commit or roll back with it): every
/// report transition and the publication records' creation, withdrawal and correction. It also keeps
/// the frozen records frozen: a save that would change or delete an audit entry, a submitted revision
/// or a published PDF is refused.
/// Every new entry, whoever added it, is then sealed into the hash chain (<see cref="AuditChain"/>).
/// Sealing reads the last entry, so saves that seal take turns in this process (a lock held from
/// sealing until the save ends, with a timeout so that it can never block for good); a writer in another
/// process that races for the same place is refused by the unique index on the place.
/// </summary>
public sealed class AuditTrailInterceptor(IAuditContext context, TimeProvider time, AuditChain chain) : SaveChangesInterceptor
{
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(10);
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly ConditionalWeakTable<DbContext, object> _holding = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Record(eventData.Context) is { } sealing)
        {
            Take(eventData.Context!, _turn.Wait(TurnTimeout));
            chain.Seal(sealing, AuditChain.Last(eventData.Context!));
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Record(eventData.Context) is { } sealing)
        {
            Take(eventData.Context!, await _turn.WaitAsync(TurnTimeout, cancellationToken));
            chain.Seal(sealing, await AuditChain.LastAsync(eventData.Context!, cancellationToken));
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    private void Take(DbContext db, bool taken)
    {
        if (taken)
        {
            _holding.AddOrUpdate(db, this);
        }
    }

    private void Release(DbContext? db)
    {
        if (db is not null && _holding.Remove(db))
        {
            _turn.Release();
        }
    }

    /// <summary>Adds the entries of the save; returns every new entry still to be sealed, or null.</summary>
    private List<AuditEntry>? Record(DbContext? db)
    {
        if (db is null)
        {
            return null;
        }

        db.ChangeTracker.DetectChanges();
        RefuseChangesToFrozenRecords(db);
        var address = context.Actor.RemoteAddress;
        var entries = new List<AuditEntry>();
        foreach (var (report, reportId, change, rule) in PendingTransitions.In(db))
        {
            var actor = new AuditActor(change.ActorId, change.ActorName, address);
            entries.Add(rule is null
                ? AuditEntry.Record(AuditAction.ReportCreated, actor, change.At, report.Title, $"新建报告（{change.To.Label()}）", change.Comment, reportId, report.BureauId)
                : AuditEntry.Record(AuditAction.ReportTransition, actor, change.At, report.Title, $"{rule.Label}：{change.From!.Value.Label()} → {change.To.Label()}", change.Comment, reportId, report.BureauId));
        }

        foreach (var publication in db.ChangeTracker.Entries<Publication>())
        {
            if (PublicationEntry(publication.Entity, publication.State, publication.Property(p => p.State).IsModified) is { } entry)
            {
                entries.Add(entry);
            }
        }

        db.AddRange(entries);
        var sealing = db.ChangeTracker.Entries<AuditEntry>()
            .Where(e => e.State == EntityState.Added && !e.Entity.IsSealed)
            .Select(e => e.Entity)
            .ToList();
        return sealing.Count > 0 ? sealing : null;
    }

    private AuditEntry? PublicationEntry(Publication publication, EntityState state, bool stateChanged)
    {
        var actor = context.Actor;
        var reportId = publication.ReportId == 0 ? (int?)null : publication.ReportId;
        return (state, publication.State) switch
        {
            (EntityState.Added, _) => AuditEntry.Record(
                AuditAction.PublicationCreated, actor, publication.PublishedAt, publication.Title,
                publication.Origin == PublicationOrigin.Archive
                    ? $"导入已公开的历史报告：{Display(publication.IndexNumber)}"
                    : $"公开发布第{publication.Version}版：索引号 {publication.IndexNumber}",
                $"公开日期 {publication.PublishedOn:yyyy-MM-dd}；PDF {publication.PdfLength} 字节，SHA-256 {publication.PdfSha256}",
                reportId, publication.BureauId),
            (EntityState.Modified, PublicationState.Withdrawn) when stateChanged => AuditEntry.Record(
                AuditAction.PublicationWithdrawn, actor, publication.WithdrawnAt ?? publication.PublishedAt, publication.Title,
                $"撤回第{publication.Version}版：索引号 {Display(publication.IndexNumber)}", publication.WithdrawalReason, reportId, publication.BureauId),
            (EntityState.Modified, PublicationState.Corrected) when stateChanged => AuditEntry.Record(
                AuditAction.PublicationCorrected, actor, time.GetUtcNow(), publication.Title,
                $"第{publication.Version}版标记为已更正：索引号 {Display(publication.IndexNumber)}", "", reportId, publication.BureauId),
            _ => null,
        };
    }

    private static string Display(string indexNumber) => indexNumber.Length > 0 ? indexNumber : "（无）";

    private static void RefuseChangesToFrozenRecords(DbContext db)
    {
        var changed = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity)
            .FirstOrDefault(entity => entity is AuditEntry or ReportRevision or PublicationFile);
        if (changed is not null)
        {
            throw new InvalidOperationException($"{changed.GetType().Name} rows are written once and never changed or deleted.");
        }
    }
}
