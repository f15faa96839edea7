using LawReport.Domain.Bureaus;
using LawReport.Domain.Users;
using LawReport.Infrastructure.Audit;
using LawReport.Infrastructure.Data;
using LawReport.Infrastructure.Identity;
using LawReport.Tests.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LawReport.Infrastructure.Tests.Identity;

/// <summary>The account rules with the real Identity stores on a real database (no web).</summary>
public sealed class AccountRules : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create();
    private ServiceProvider _services = null!;
    private int _bureauId;

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddDbContext<AppDbContext>(o => o.UseLawReportDatabase(_database.Options, _database.DataDirectory));
        services.AddIdentityCore<AppUser>(IdentitySetup.ConfigureOptions).AddRoles<IdentityRole>().AddLawReportStores();
        services.AddScoped<UserAccounts>();
        services.AddLawReportAudit(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(), _database.DataDirectory);
        _services = services.BuildServiceProvider();

        await Seeding.DatabaseInitializer.InitializeAsync(_services, seedDemoData: false);
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var bureau = Bureau.Create("常州市人民政府外事办公室", "市外办", "", "常州市", "");
        db.Bureaus.Add(bureau);
        await db.SaveChangesAsync();
        _bureauId = bureau.Id;
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Theory]
    [InlineData("Short#1a", "至少需要12个字符")]
    [InlineData("onlylowercaseletters", "至少3类")]
    [InlineData("ONLYUPPER123456", "至少3类")]
    [InlineData("UPPER#DIGITS2026", "")]
    [InlineData("Zhangsan#2026pw", "不能包含用户名")]
    public async Task Passwords_follow_the_policy(string password, string message)
    {
        var result = await CreateAsync(new NewAccount("zhangsan", "张三", null, [Roles.Reviewer], password));

        Assert.Equal(message.Length == 0, result.Succeeded);
        if (message.Length > 0)
        {
            Assert.Contains(result.Errors, e => e.Description.Contains(message));
        }
    }

    [Fact]
    public async Task Administrator_roles_are_never_combined_and_nothing_is_half_created()
    {
        var result = await CreateAsync(new NewAccount("superuser", "超级用户", null, [Roles.SystemAdmin, Roles.SecurityAdmin], "Strong#Pass2026"));

        Assert.False(result.Succeeded);
        Assert.Contains("三权分立", result.Errors.Single().Description);
        await using var scope = _services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync("superuser"));
    }

    [Fact]
    public async Task A_filer_belongs_to_an_active_bureau()
    {
        Assert.False((await CreateAsync(new NewAccount("nobody", "无单位", null, [Roles.Filer], "Strong#Pass2026"))).Succeeded);
        Assert.False((await CreateAsync(new NewAccount("ghost", "不存在的单位", 999, [Roles.Filer], "Strong#Pass2026"))).Succeeded);
        Assert.True((await CreateAsync(new NewAccount("czfiler", "常州填报人", _bureauId, [Roles.Filer], "Strong#Pass2026"))).Succeeded);
    }

    [Fact]
    public async Task A_reset_password_is_temporary_and_clears_a_lockout()
    {
        await CreateAsync(new NewAccount("locked", "锁定用户", null, [Roles.Reviewer], "Strong#Pass2026", PasswordIsTemporary: false));
        await using var scope = _services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByNameAsync("locked"))!;
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddMinutes(10));

        var result = await scope.ServiceProvider.GetRequiredService<UserAccounts>().ResetPasswordAsync(user, "Temporary#2026x");

        Assert.True(result.Succeeded);
        Assert.Null(user.PasswordChangedAt);
        Assert.False(await users.IsLockedOutAsync(user));
        Assert.True(await users.CheckPasswordAsync(user, "Temporary#2026x"));
        Assert.True(PasswordPolicy.MustChange(user, DateTimeOffset.UtcNow));
    }

    private async Task<IdentityResult> CreateAsync(NewAccount account)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(account);
    }
}
