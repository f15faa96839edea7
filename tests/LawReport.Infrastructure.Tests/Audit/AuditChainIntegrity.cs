using LawReport.Domain.Reports;
using LawReport.Domain.Users;
using LawReport.Infrastructure.Audit;
using LawReport.Infrastructure.Tests.Support;
using LawReport.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LawReport.Infrastructure.Tests.Audit;

/// <summary>
/// The audit log is tamper-evident: the database refuses UPDATE and DELETE on it, and when someone drops
/// those triggers and edits rows in plain SQL, the hash chain names the first entry changed, removed or inserted.
/// </summary>
public sealed class AuditChainIntegrity : IAsyncLifetime
{
    private ServicesOnTestDatabase _services = null!;

    public async Task InitializeAsync()
    {
        _services = await ServicesOnTestDatabase.StartAsync();
        var bureauId = await _services.AddBureauAsync("常州市人民政府外事办公室");
        await _services.AddReportAsync(bureauId, 2025, ReportStatus.InReview);
        await _services.AddUserAsync("filer", Roles.Filer, bureauId);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Every_entry_is_sealed_in_order_and_an_untouched_log_verifies()
    {
        var entries = await _services.WithDbAsync((db, _) => db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync());
        var report = await VerifyAsync();

        Assert.True(entries.Count >= 5);
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long)i), entries.Select(e => e.Sequence));
        Assert.All(entries, e => Assert.Matches("^[0-9a-f]{8}:[0-9a-f]{64}$", e.Mac));
        Assert.True(report.IsIntact, report.Problem);
        Assert.Equal(entries.Count, report.Checked);
        Assert.Equal(entries.Count, report.LastSequence);
    }

    [Fact]
    public async Task An_entry_written_at_a_time_finer_than_the_database_keeps_still_verifies()
    {
        // 100-ns ticks: PostgreSQL keeps microseconds only, so the MAC must not cover more.
        _services.Time.Now = new DateTimeOffset(2026, 3, 20, 10, 0, 0, TimeSpan.FromHours(8)).AddTicks(1_234_567);
        await _services.AddUserAsync("reviewer", Roles.Reviewer, null);

        var report = await VerifyAsync();

        Assert.True(report.IsIntact, report.Problem);
    }

    [Fact]
    public async Task The_database_refuses_to_update_an_entry()
    {
        var id = await EntryIdAsync(2);
        var actor = await _services.WithDbAsync((db, _) => db.AuditEntries.Where(e => e.Id == id).Select(e => e.ActorName).SingleAsync());

        await Assert.ThrowsAnyAsync<Exception>(() => _services.WithDbAsync(db => AuditTampering.ChangeActorAsync(db, id, "冒名者")));

        Assert.Equal(actor, await _services.WithDbAsync((db, _) => db.AuditEntries.Where(e => e.Id == id).Select(e => e.ActorName).SingleAsync()));
    }

    [Fact]
    public async Task The_database_refuses_to_delete_an_entry()
    {
        var count = await _services.WithDbAsync((db, _) => db.AuditEntries.CountAsync());

        await Assert.ThrowsAnyAsync<Exception>(() => _services.WithDbAsync(db => AuditTampering.DeleteAsync(db, 1)));

        Assert.Equal(count, await _services.WithDbAsync((db, _) => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task A_changed_entry_is_named()
    {
        var id = await EntryIdAsync(3);
        await _services.WithDbAsync(async db =>
        {
            await AuditTampering.DropTriggersAsync(db);
            Assert.Equal(1, await AuditTampering.ChangeActorAsync(db, id, "冒名者"));
        });

        var report = await VerifyAsync();

        Assert.False(report.IsIntact);
        Assert.Equal(id, report.ProblemEntryId);
        Assert.Contains($"记录 #{id}（序号 3）的校验码不符", report.Problem);
        Assert.Equal(2, report.Checked);
    }

    [Fact]
    public async Task A_removed_entry_is_named_by_the_entry_after_it()
    {
        var removed = await EntryIdAsync(2);
        var next = await EntryIdAsync(3);
        await _services.WithDbAsync(async db =>
        {
            await AuditTampering.DropTriggersAsync(db);
            Assert.Equal(1, await AuditTampering.DeleteAsync(db, removed));
        });

        var report = await VerifyAsync();

        Assert.Equal(next, report.ProblemEntryId);
        Assert.Contains("之前的第 2 号记录缺失", report.Problem);
    }

    [Fact]
    public async Task An_inserted_entry_is_named_even_with_a_replayed_mac()
    {
        await _services.WithDbAsync(async db =>
        {
            await AuditTampering.DropTriggersAsync(db);
            Assert.Equal(1, await AuditTampering.InsertForgedAsync(db, "冒名者"));
        });
        var forged = await _services.WithDbAsync((db, _) => db.AuditEntries.Where(e => e.ActorName == "冒名者").Select(e => e.Id).SingleAsync());

        var report = await VerifyAsync();

        Assert.Equal(forged, report.ProblemEntryId);
        Assert.Contains("校验码不符", report.Problem);
    }

    [Fact]
    public async Task Entries_signed_with_a_retired_key_still_verify_after_rotation()
    {
        var retiredFile = Path.Combine(Path.GetTempPath(), $"audit-retired-{Guid.NewGuid():N}.key");
        var oldKey = _services.Provider.GetRequiredService<AuditKeyRing>();
        var entries = await _services.WithDbAsync((db, _) => db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync());
        try
        {
            AuditKeyRing.CreateKeyFile(retiredFile);
            var unrelated = AuditKeyRing.FromConfiguration(Settings(("Audit:KeyFile", retiredFile)), "");
            Assert.NotEqual(oldKey.CurrentId, unrelated.CurrentId);

            var withoutOld = await _services.WithDbAsync((db, _) => new AuditChain(unrelated).VerifyAsync(db));
            Assert.Contains("不在密钥环中", withoutOld.Problem);

            // Rotation: a new current key, the old one kept as retired, verifies the old entries.
            var oldKeyFile = Path.Combine(Path.GetTempPath(), $"audit-old-{Guid.NewGuid():N}.key");
            File.Copy(oldKey.Source, oldKeyFile);
            var rotated = AuditKeyRing.FromConfiguration(Settings(("Audit:KeyFile", retiredFile), ("Audit:RetiredKeyFiles:0", oldKeyFile)), "");
            var report = await _services.WithDbAsync((db, _) => new AuditChain(rotated).VerifyAsync(db));
            File.Delete(oldKeyFile);
            Assert.True(report.IsIntact, report.Problem);
            Assert.Equal(entries.Count, report.Checked);
        }
        finally
        {
            File.Delete(retiredFile);
        }
    }

    [Fact]
    public void The_key_file_is_created_readable_by_its_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var file = _services.Provider.GetRequiredService<AuditKeyRing>().Source;

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }

    private Task<AuditChainReport> VerifyAsync() =>
        _services.WithDbAsync((db, services) => services.GetRequiredService<AuditChain>().VerifyAsync(db));

    private Task<long> EntryIdAsync(long sequence) =>
        _services.WithDbAsync((db, _) => db.AuditEntries.Where(e => e.Sequence == sequence).Select(e => e.Id).SingleAsync());

    private static IConfiguration Settings(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
}
