using System.Data.Common;
using LawReport.Infrastructure.Data;
using LawReport.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LawReport.Infrastructure.Tests.Migrations;

/// <summary>
/// A database at migration N keeps its rows when upgraded to N+1. For every migration the test writes
/// representative rows right after applying it (<see cref="RepresentativeRows"/>), takes a copy of every
/// table, applies the next migration, and checks that every earlier row is still there with the same
/// values in the columns that still exist. At the end the current model must read it all back.
/// A new migration must add its rows to <see cref="RepresentativeRows"/>; a test checks that too.
/// </summary>
public class UpgradesKeepRows
{
    private static readonly DateTime At = new(2026, 3, 1, 8, 30, 0, DateTimeKind.Utc);

    /// <summary>
    /// Rows to insert right after each migration, in SQL every provider accepts, by migration name
    /// without its timestamp (each provider's set is generated on its own, so the timestamps differ).
    /// </summary>
    private static readonly Dictionary<string, (string Sql, object[] Parameters)[]> RepresentativeRows = new()
    {
        ["Initial"] =
        [
            ("""INSERT INTO "Bureaus" ("Id", "FullName", "ShortName", "OrganizationCode", "City", "Category", "DefaultAddressee", "IsActive") VALUES (101, {0}, {1}, {2}, {3}, {4}, {5}, {6})""",
                ["常州市人民政府外事办公室", "市外办", "014109568", "常州市", "市政府工作部门", "市委、市政府", true]),
            ("""INSERT INTO "AspNetRoles" ("Id", "Name", "NormalizedName", "ConcurrencyStamp") VALUES ('role-filer', 'Filer', 'FILER', 'stamp')""", []),
            ("""INSERT INTO "AspNetUsers" ("Id", "DisplayName", "BureauId", "IsActive", "PasswordChangedAt", "CreatedAt", "UserName", "NormalizedUserName", "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount", "SecurityStamp") VALUES ('user-1', {0}, 101, {1}, {2}, {2}, 'filer', 'FILER', {3}, {3}, {3}, {1}, 0, 'stamp')""",
                ["张伟", true, At, false]),
            ("""INSERT INTO "AspNetUserRoles" ("UserId", "RoleId") VALUES ('user-1', 'role-filer')""", []),
            ("""INSERT INTO "ReportingCycles" ("Id", "Year", "SubmissionDeadline", "PublicationDeadline", "IsOpen") VALUES (201, 2025, {0}, {1}, {2})""",
                [new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 1), true]),
            ("""INSERT INTO "Reports" ("Id", "BureauId", "Year", "Title", "Addressee", "Preamble", "Closing", "Signature", "DateWritten", "Note", "Status", "Version", "CreatedAt", "UpdatedAt") VALUES (301, 101, 2025, {0}, {1}, {2}, '', {3}, {4}, {5}, 'Draft', {6}, {7}, {7})""",
                ["常州市人民政府外事办公室2025年度法治政府建设情况报告", "市委、市政府", "2025年，市外办……", "常州市人民政府外事办公室", new DateOnly(2026, 2, 20), "（此件公开发布）", Guid.Parse("5b1f7c36-8d3e-4c1a-9e0b-2a6f4d8c1e70"), At]),
            ("""INSERT INTO "ReportSections" ("Id", "Kind", "Heading", "Position", "ReportId") VALUES (401, 'Measures', {0}, 1, 301)""",
                ["2025年推进法治政府建设的主要举措和成效"]),
            ("""INSERT INTO "ReportItems" ("Id", "Position", "Heading", "Body", "SectionId") VALUES (501, 1, {0}, {1}, 401)""",
                ["科学规划年度工作。", "根据年度工作要点……"]),
            ("""INSERT INTO "ReportStatusChanges" ("Id", "From", "To", "ActorId", "ActorName", "At", "Comment", "ReportId") VALUES (601, NULL, 'Draft', 'user-1', {0}, {1}, {2}, 301)""",
                ["张伟", At, "新建报告"]),
            ("""INSERT INTO "ReportRevisions" ("Id", "Number", "Content", "SubmittedById", "SubmittedByName", "SubmittedAt", "ReportId") VALUES (701, 1, {0}, 'user-1', {1}, {2}, 301)""",
                [FrozenContent, "李强", At]),
            ("""INSERT INTO "ReportReturnPoints" ("Id", "Number", "RaisedInRevision", "SectionPosition", "SectionHeading", "Text", "RaisedById", "RaisedByName", "RaisedAt", "Answer", "AnsweredAt", "State", "ClosedByName", "ClosedAt", "ReportId") VALUES (801, 1, 1, 1, {0}, {1}, 'user-2', {2}, {3}, '', NULL, 'Open', '', NULL, 301)""",
                ["2025年推进法治政府建设的主要举措和成效", "请补充数据。", "王芳", At]),
            ("""INSERT INTO "Publications" ("Id", "ReportId", "BureauId", "Year", "Version", "Origin", "State", "IndexNumber", "Serial", "SerialYear", "Title", "Publisher", "Category", "DisclosureMethod", "DocumentNumber", "Summary", "DateWritten", "PublishedOn", "PublishedAt", "PublishedByName", "Content", "SearchText", "PdfSha256", "PdfLength", "SourceSha256", "CorrectedById", "WithdrawnAt", "WithdrawalReason") VALUES (901, 301, 101, 2025, 1, 'Workflow', 'Current', {0}, 12, 2026, {1}, {2}, {3}, {4}, '', {5}, {6}, {6}, {7}, {8}, {9}, {10}, {11}, 4, '', NULL, NULL, '')""",
                ["014109568/2026-00012", "常州市人民政府外事办公室2025年度法治政府建设情况报告", "常州市人民政府外事办公室", "综合政务", "主动公开", "2025年，市外办……", new DateOnly(2026, 3, 20), At, "李强", FrozenContent, "2025年，市外办……", new string('a', 64)]),
            ("""INSERT INTO "PublicationFiles" ("PublicationId", "Bytes") VALUES (901, {0})""", [new byte[] { 0x25, 0x50, 0x44, 0x46 }]),
            ("""INSERT INTO "AuditEntries" ("Id", "At", "Action", "ActorId", "ActorName", "RemoteAddress", "Target", "Summary", "Details", "ReportId", "BureauId") VALUES (1001, {0}, 'ReportTransition', 'user-1', {1}, '10.0.0.8', {2}, {3}, {4}, 301, 101)""",
                [At, "李强", "常州市人民政府外事办公室2025年度法治政府建设情况报告", "签发报送：待签发 → 已报送", "同意报送。"]),
            ("""INSERT INTO "Notifications" ("Id", "UserId", "Kind", "Text", "ReportId", "Key", "CreatedAt", "ReadAt", "EmailedAt") VALUES (1101, 'user-1', 'DeadlineReminder', {0}, NULL, {1}, {2}, NULL, NULL)""",
                ["距2025年度法治政府建设情况报告报送截止日期（2026年3月1日）还有7天，市外办的报告尚未签发报送。", "deadline:2025:Submission:2026-02-22", At]),
            ("""INSERT INTO "PendingImports" ("Id", "FileName", "Source", "SourceSha256", "SourceText", "Warnings", "ReportJson", "BureauId", "UploadedById", "UploadedByName", "UploadedAt", "Version") VALUES (1001, {0}, {1}, {2}, {3}, {4}, {5}, 101, 'user-3', {6}, {7}, {8})""",
                ["常州2021.html", "<html>…</html>"u8.ToArray(), new string('b', 64), "常州市人民政府外事办公室2021年度法治政府建设情况报告", "第一部分的类别把握不大。", """{"title":"常州市人民政府外事办公室2021年度法治政府建设情况报告","year":2021}""", "赵敏", At, Guid.Parse("0c4f1a52-7e93-4b6d-a1c8-5d2e9f3b7a64")]),
        ],
        // Adds the hash chain's columns and numbers existing entries; the Initial entry is kept with its values.
        ["AuditHashChain"] = [],

        // New tables only (search change sequence, work leases, data-protection keys): nothing to carry over.
        ["SeveralInstances"] = [],
    };

    /// <summary>Frozen content as the JSON converter writes it.</summary>
    private const string FrozenContent =
        """{"title":"常州市人民政府外事办公室2025年度法治政府建设情况报告","addressee":"市委、市政府","preamble":"2025年，市外办……","sections":[{"kind":"Measures","heading":"2025年推进法治政府建设的主要举措和成效","items":[{"heading":"科学规划年度工作。","body":"根据年度工作要点……"}]}],"closing":"","signature":"常州市人民政府外事办公室","dateWritten":"2026-02-20","note":"（此件公开发布）"}""";

    [Fact]
    public Task On_SQLite() => AssertUpgradesKeepRows(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task On_PostgreSQL() => AssertUpgradesKeepRows(DatabaseProvider.PostgreSQL);

    [SqlServerFact]
    public Task On_SqlServer() => AssertUpgradesKeepRows(DatabaseProvider.SqlServer);

    [Fact]
    public async Task Every_migration_has_representative_rows()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();

        Assert.Equal(db.Database.GetMigrations().Select(NameOf).ToList(), RepresentativeRows.Keys.ToList());
    }

    private static async Task AssertUpgradesKeepRows(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await using var db = database.CreateContext();
        var migrator = db.GetService<IMigrator>();
        var connection = db.Database.GetDbConnection();

        Dictionary<string, List<Dictionary<string, string>>>? before = null;
        foreach (var migration in db.Database.GetMigrations())
        {
            await migrator.MigrateAsync(migration);
            if (before is not null)
            {
                AssertRowsKept(before, await ReadAllRowsAsync(db, connection), migration);
            }

            foreach (var (sql, parameters) in RepresentativeRows.GetValueOrDefault(NameOf(migration), []))
            {
                await db.Database.ExecuteSqlRawAsync(sql, parameters);
            }

            before = await ReadAllRowsAsync(db, connection);
        }

        // The current model reads the upgraded data.
        db.ChangeTracker.Clear();
        var report = await db.Reports.Include(r => r.Sections).ThenInclude(s => s.Items).Include(r => r.History).SingleAsync();
        Assert.Equal("常州市人民政府外事办公室2025年度法治政府建设情况报告", report.Title);
        Assert.Equal("科学规划年度工作。", report.Sections.Single().Items.Single().Heading);
        Assert.Equal(new DateTimeOffset(At), report.History.Single().At);
        Assert.Equal(101, (await db.Users.SingleAsync()).BureauId);
        Assert.Equal(2025, (await db.ReportingCycles.SingleAsync()).Year);
        var reviewed = await db.Reports.Include(r => r.Revisions).Include(r => r.ReturnPoints).SingleAsync();
        Assert.Equal("科学规划年度工作。", reviewed.Revisions.Single().Content.Sections[0].Items[0].Heading);
        Assert.Equal("请补充数据。", reviewed.ReturnPoints.Single().Text);
        var publication = await db.Publications.Include(p => p.File).SingleAsync();
        Assert.Equal(new DateOnly(2026, 2, 20), publication.Content.DateWritten);
        Assert.Equal("%PDF"u8.ToArray(), publication.File!.Bytes);
        Assert.Equal(Domain.Audit.AuditAction.ReportTransition, (await db.AuditEntries.SingleAsync()).Action);
        var legacy = await db.AuditEntries.SingleAsync();
        Assert.Equal((1L, ""), (legacy.Sequence, legacy.Mac));
        Assert.Equal("deadline:2025:Submission:2026-02-22", (await db.Notifications.SingleAsync()).Key);
        var pending = await db.PendingImports.SingleAsync();
        Assert.Equal((2021, 101), (pending.Report.Year, pending.BureauId));
    }

    /// <summary>The migration's name without the timestamp dotnet-ef puts before it.</summary>
    private static string NameOf(string migrationId) => migrationId[(migrationId.IndexOf('_', StringComparison.Ordinal) + 1)..];

    private static void AssertRowsKept(
        Dictionary<string, List<Dictionary<string, string>>> before,
        Dictionary<string, List<Dictionary<string, string>>> after,
        string migration)
    {
        foreach (var (table, rows) in before)
        {
            Assert.True(after.ContainsKey(table), $"{migration} dropped table {table} and its {rows.Count} rows.");
            foreach (var row in rows)
            {
                var kept = after[table].Any(candidate =>
                    row.All(cell => !candidate.TryGetValue(cell.Key, out var value) || value == cell.Value));
                Assert.True(kept, $"{migration} lost or changed a row of {table}: {string.Join(", ", row.Select(c => $"{c.Key}={c.Value}"))}");
            }
        }
    }

    private static async Task<Dictionary<string, List<Dictionary<string, string>>>> ReadAllRowsAsync(AppDbContext db, DbConnection connection)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        var tableQuery = db.Database.IsSqlite()
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            : $"SELECT table_name FROM information_schema.tables WHERE table_schema = '{(db.Database.IsSqlServer() ? "dbo" : "public")}' AND table_type = 'BASE TABLE'";
        var result = new Dictionary<string, List<Dictionary<string, string>>>();
        foreach (var table in (await SchemaDescription.QueryAsync(connection, tableQuery)).Select(r => r[0]).Where(t => !SchemaDescription.IsEfTable(t)))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<Dictionary<string, string>>();
            while (await reader.ReadAsync())
            {
                var row = new Dictionary<string, string>();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row[reader.GetName(i)] = reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "";
                }

                rows.Add(row);
            }

            result[table] = rows;
        }

        return result;
    }
}
