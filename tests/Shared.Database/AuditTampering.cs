using LawReport.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Tests.Shared;

/// <summary>
/// What someone with direct access to the database could do to the audit log, in plain SQL: first drop
/// the triggers that refuse UPDATE and DELETE, then change, remove or insert rows.
/// </summary>
public static class AuditTampering
{
    public static Task DropTriggersAsync(AppDbContext db) => db.Database.ProviderName switch
    {
        string p when p.Contains("Sqlite", StringComparison.Ordinal) => Run(db,
            """DROP TRIGGER "AuditEntries_no_update" """, """DROP TRIGGER "AuditEntries_no_delete" """),
        string p when p.Contains("Npgsql", StringComparison.Ordinal) => Run(db,
            """DROP TRIGGER "AuditEntries_append_only" ON "AuditEntries" """),
        _ => Run(db, "DROP TRIGGER [AuditEntries_append_only]"),
    };

    public static Task<int> ChangeActorAsync(AppDbContext db, long id, string actorName) =>
        db.Database.ExecuteSqlRawAsync("""UPDATE "AuditEntries" SET "ActorName" = {0}, "RemoteAddress" = '10.9.9.9' WHERE "Id" = {1}""", actorName, id);

    public static Task<int> DeleteAsync(AppDbContext db, long id) =>
        db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditEntries" WHERE "Id" = {0}""", id);

    /// <summary>Appends a copy of the last entry under another name, replaying its MAC.</summary>
    public static Task<int> InsertForgedAsync(AppDbContext db, string actorName) =>
        db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO "AuditEntries" ("At", "Action", "ActorId", "ActorName", "RemoteAddress", "Target", "Summary", "Details", "ReportId", "BureauId", "Sequence", "Mac")
            SELECT "At", "Action", "ActorId", {0}, "RemoteAddress", "Target", "Summary", "Details", "ReportId", "BureauId", "Sequence" + 1, "Mac"
            FROM "AuditEntries" WHERE "Sequence" = (SELECT MAX("Sequence") FROM "AuditEntries")
            """, actorName);

    private static async Task Run(AppDbContext db, params string[] statements)
    {
        foreach (var sql in statements)
        {
            await db.Database.ExecuteSqlRawAsync(sql);
        }
    }
}
