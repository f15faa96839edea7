using LawReport.Domain.Audit;
using LawReport.Domain.Publishing;
using LawReport.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LawReport.Infrastructure.Audit;

/// <summary>
/// Writes the audit entries of a save into the same save (so they commit or roll back with it): every
/// report transition and the publication records' creation, withdrawal and correction. It also keeps
/// the frozen records frozen: a save that would change or delete an audit entry, a submitted revision
/// or a published PDF is refused.
/// </summary>
public sealed class AuditTrailInterceptor(IAuditContext context, TimeProvider time) : SaveChangesInterceptor
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
