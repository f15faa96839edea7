using LawReport.Domain.Users;
using LawReport.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Cli.Tests;

/// <summary><c>lawreport audit verify</c> passes on an untouched log and names the entry someone changed.</summary>
public sealed class AuditVerify : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create();

    public async Task InitializeAsync()
    {
        // Creating administrators writes their role changes to the audit log.
        foreach (var (user, role) in new[] { ("admin", Roles.SystemAdmin), ("security", Roles.SecurityAdmin), ("auditor", Roles.Auditor) })
        {
            var (code, _, error) = await CliDispatch.Run(["create-admin", "--user", user, "--role", role, .. DatabaseArgs()]);
            Assert.True(code == CliApp.Ok, error);
        }
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task An_untouched_log_verifies_and_exits_0()
    {
        var (code, output, error) = await CliDispatch.Run(["audit", "verify", .. DatabaseArgs()]);

        Assert.True(code == CliApp.Ok, error);
        Assert.Contains("审计日志校验链完整", output);
    }

    [Fact]
    public async Task A_changed_entry_is_named_and_the_exit_code_is_1()
    {
        long id;
        await using (var db = _database.CreateContext())
        {
            id = await db.AuditEntries.Where(e => e.Sequence == 2).Select(e => e.Id).SingleAsync();
            await AuditTampering.DropTriggersAsync(db);
            await AuditTampering.ChangeActorAsync(db, id, "冒名者");
        }

        var (code, _, error) = await CliDispatch.Run(["audit", "verify", .. DatabaseArgs()]);

        Assert.Equal(CliApp.Failed, code);
        Assert.Contains($"记录 #{id}（序号 2）的校验码不符", error);
    }

    [Fact]
    public async Task It_asks_for_the_subcommand()
    {
        var (code, _, error) = await CliDispatch.Run("audit");

        Assert.Equal(CliApp.Usage, code);
        Assert.Contains("verify", error);
    }

    private string[] DatabaseArgs() =>
        ["--provider", _database.Provider.ToString(), "--connection", _database.Options.ConnectionString!, "--data-dir", _database.DataDirectory];
}
