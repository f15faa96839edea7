using LawReport.Domain.Users;
using LawReport.Infrastructure.Identity;
using LawReport.Infrastructure.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LawReport.Infrastructure.Tests.Identity;

/// <summary>
/// Passwords that meet the length and class rules but are guessed first are refused (ASVS 2.1.7), and
/// none of the last five is taken again (等保 2.0 8.1.4.1 a).
/// </summary>
public sealed class PasswordChoices : IAsyncLifetime
{
    private const string First = "Opening#Pass2026";
    private ServicesOnTestDatabase _host = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _host = await ServicesOnTestDatabase.StartAsync();
        _services = _host.Provider;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("P@ssw0rd2026")]
    [InlineData("Admin@123456")]
    [InlineData("1qaz@WSX3edc")]
    [InlineData("Qwerty123456")]
    [InlineData("Woaini@5201314")]
    [InlineData("!QAZ2wsx#EDC")]
    public async Task Common_passwords_that_meet_the_policy_are_refused(string password)
    {
        await using var scope = _services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(
            new NewAccount("weak" + Math.Abs(password.GetHashCode(StringComparison.Ordinal)), "测试", null, [Roles.Reviewer], password));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == "PasswordBlocked");
    }

    [Fact]
    public void The_shipped_list_holds_at_least_ten_thousand_entries() =>
        Assert.True(BlockedPasswordValidator.Count >= 10_000, $"{BlockedPasswordValidator.Count} entries");

    [Fact]
    public void The_demo_and_a_sound_password_are_not_blocked()
    {
        Assert.False(BlockedPasswordValidator.IsBlocked(Seeding.DemoData.Password));
        Assert.False(BlockedPasswordValidator.IsBlocked("Zhangsan#2026pw"));
    }

    [Fact]
    public async Task None_of_the_last_five_passwords_is_taken_again()
    {
        await using var scope = _services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True((await accounts.CreateAsync(new NewAccount("changer", "测试", null, [Roles.Reviewer], First, PasswordIsTemporary: false))).Succeeded);
        var user = (await users.FindByNameAsync("changer"))!;

        var passwords = new[] { First, "Second#Pass2026", "Third#Pass2026x", "Fourth#Pass2026", "Fifth#Pass2026x", "Sixth#Pass2026x" };
        for (var i = 1; i < passwords.Length; i++)
        {
            var changed = await accounts.ChangeOwnPasswordAsync(user, passwords[i - 1], passwords[i]);
            Assert.True(changed.Succeeded, string.Join(" ", changed.Errors.Select(e => e.Description)));
        }

        // Back to the one before: refused, and so is each of the last five.
        foreach (var recent in passwords[^5..^1])
        {
            var back = await accounts.ChangeOwnPasswordAsync(user, passwords[^1], recent);
            Assert.False(back.Succeeded, recent);
            Assert.Contains(back.Errors, e => e.Code == "PasswordReused");
        }

        // The sixth-latest is old enough.
        Assert.True((await accounts.ChangeOwnPasswordAsync(user, passwords[^1], First)).Succeeded);
    }

    [Fact]
    public async Task A_reset_does_not_bring_back_a_recent_password()
    {
        await using var scope = _services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True((await accounts.CreateAsync(new NewAccount("resetter", "测试", null, [Roles.Reviewer], First, PasswordIsTemporary: false))).Succeeded);
        var user = (await users.FindByNameAsync("resetter"))!;
        Assert.True((await accounts.ChangeOwnPasswordAsync(user, First, "Second#Pass2026")).Succeeded);

        var result = await accounts.ResetPasswordAsync(user, First);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == "PasswordReused");
    }
}
