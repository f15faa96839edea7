using LawReport.Cli.Commands;
using LawReport.Domain.Audit;
using LawReport.Domain.Users;
using LawReport.Infrastructure.Identity;
using LawReport.Tests.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Cli.Tests;

/// <summary>What the portal refuses to do to an administrator account is done on the server (ADR-016).</summary>
public sealed class AdminAccount : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task It_resets_an_administrators_password_to_a_temporary_one_and_audits_it()
    {
        await CliDispatch.Run(["create-admin", "--user", "audit1", "--role", Roles.Auditor, .. DatabaseArgs()]);

        var (code, output, error) = await CliDispatch.Run(["admin-account", "--user", "audit1", "--reset-password", .. DatabaseArgs()]);

        Assert.True(code == CliApp.Ok, error);
        var password = output.Split('\n').Single(l => l.Contains("临时密码", StringComparison.Ordinal)).Split('：')[^1].Trim();
        await using var db = _database.CreateContext();
        var user = await db.Users.SingleAsync(u => u.UserName == "audit1");
        Assert.Null(user.PasswordChangedAt);
        Assert.True(new PasswordHasher<AppUser>().VerifyHashedPassword(user, user.PasswordHash!, password) != PasswordVerificationResult.Failed);
        Assert.Contains(await db.AuditEntries.Where(e => e.Action == AuditAction.AccountSecurityChanged).Select(e => e.Summary).ToListAsync(), s => s == "在服务器上重置密码");
    }

    [Fact]
    public async Task It_deactivates_an_administrator()
    {
        await CliDispatch.Run(["create-admin", "--user", "sys1", "--role", Roles.SystemAdmin, .. DatabaseArgs()]);

        var (code, _, error) = await CliDispatch.Run(["admin-account", "--user", "sys1", "--deactivate", .. DatabaseArgs()]);

        Assert.True(code == CliApp.Ok, error);
        await using var db = _database.CreateContext();
        Assert.False(await db.Users.Where(u => u.UserName == "sys1").Select(u => u.IsActive).SingleAsync());
    }

    [Fact]
    public async Task One_action_is_required()
    {
        var (code, _, error) = await CliDispatch.Run(["admin-account", "--user", "x", .. DatabaseArgs()]);

        Assert.Equal(CliApp.Usage, code);
        Assert.Contains("--reset-password", error);
    }

    private string[] DatabaseArgs() =>
        ["--provider", _database.Provider.ToString(), "--connection", _database.Options.ConnectionString!, "--data-dir", _database.DataDirectory];
}
