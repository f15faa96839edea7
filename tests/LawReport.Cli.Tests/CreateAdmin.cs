using LawReport.Cli.Commands;
using LawReport.Domain.Users;
using LawReport.Infrastructure.Identity;
using LawReport.Tests.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Cli.Tests;

public sealed class CreateAdmin : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task It_creates_the_first_administrator_with_a_generated_temporary_password()
    {
        var (code, output, error) = await CliDispatch.Run(["create-admin", "--user", "admin", "--role", Roles.SystemAdmin, .. DatabaseArgs()]);

        Assert.True(code == CliApp.Ok, error);
        var password = output.Split('\n').Single(l => l.StartsWith("临时密码", StringComparison.Ordinal)).Split('：')[1].Trim();
        await using var db = _database.CreateContext();
        var user = await db.Users.SingleAsync(u => u.UserName == "admin");
        Assert.Null(user.PasswordChangedAt);
        Assert.True(new PasswordHasher<AppUser>().VerifyHashedPassword(user, user.PasswordHash!, password) != PasswordVerificationResult.Failed);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == user.Id select r.Name).ToListAsync();
        Assert.Equal([Roles.SystemAdmin], roles);
    }

    [Fact]
    public async Task It_reads_a_password_from_standard_input_and_applies_the_policy()
    {
        var weak = await RunWithInput("short\n", "security", Roles.SecurityAdmin);
        var strong = await RunWithInput("Chosen#Pass2026\n", "security", Roles.SecurityAdmin);

        Assert.Equal(CliApp.Failed, weak.Code);
        Assert.Contains("至少需要12个字符", weak.Error);
        Assert.Equal(CliApp.Ok, strong.Code);
        Assert.DoesNotContain("临时密码", strong.Output);
    }

    [Fact]
    public async Task It_creates_administrators_only()
    {
        var (code, _, error) = await CliDispatch.Run(["create-admin", "--user", "someone", "--role", Roles.Filer, .. DatabaseArgs()]);

        Assert.Equal(CliApp.Usage, code);
        Assert.Contains("只创建管理员", error);
    }

    [Fact]
    public async Task An_existing_user_name_is_refused()
    {
        await RunWithInput("Chosen#Pass2026\n", "auditor", Roles.Auditor);

        var again = await RunWithInput("Chosen#Pass2026\n", "auditor", Roles.SystemAdmin);

        Assert.Equal(CliApp.Failed, again.Code);
        Assert.Contains("已被使用", again.Error);
    }

    [Fact]
    public async Task Missing_options_are_explained()
    {
        var (code, _, error) = await CliDispatch.Run("create-admin", "--role", Roles.Auditor);

        Assert.Equal(CliApp.Usage, code);
        Assert.Contains("--user", error);
    }

    private string[] DatabaseArgs() =>
        ["--provider", _database.Provider.ToString(), "--connection", _database.Options.ConnectionString!, "--data-dir", _database.DataDirectory];

    private async Task<(int Code, string Output, string Error)> RunWithInput(string stdin, string user, string role)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var command = new CreateAdminCommand(new StringReader(stdin));
        var code = await command.RunAsync(["--user", user, "--role", role, "--password-stdin", .. DatabaseArgs()], output, error);
        return (code, output.ToString(), error.ToString());
    }
}
