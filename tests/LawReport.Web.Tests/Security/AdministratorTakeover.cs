using LawReport.Domain.Audit;
using LawReport.Domain.Users;
using LawReport.Infrastructure.Identity;
using LawReport.Infrastructure.Seeding;
using LawReport.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LawReport.Web.Tests.Security;

/// <summary>
/// 三权分立 (等保 2.0 8.1.4.2): the portal's account pages manage business accounts only, so no
/// administrator can reset, re-role or deactivate another administrator and sign in as them (ADR-016).
/// </summary>
public class AdministratorTakeover(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_security_administrator_cannot_reset_the_auditors_password()
    {
        var auditor = await IdOfAsync("auditor");
        using var admin = await portal.SignedInAsync("secadmin");
        var edit = await admin.GetPageAsync($"/Security/Accounts/Edit/{auditor}");

        var page = await admin.SubmitAsync(edit.Form("form[action*='ResetPassword']"), new Dictionary<string, string?> { ["TemporaryPassword"] = "Takeover#2026x" });

        Assert.Contains("lawreport admin-account", page.Errors);
        await Assert.ThrowsAsync<InvalidOperationException>(() => portal.SignedInAsync("auditor", "Takeover#2026x"));
        using var stillTheAuditor = await portal.SignedInAsync("auditor", DemoData.Password);
    }

    [Fact]
    public async Task The_security_administrator_cannot_grant_or_take_administrator_roles()
    {
        var filer = await IdOfAsync("filer");
        var auditor = await IdOfAsync("auditor");
        using var admin = await portal.SignedInAsync("secadmin");

        var grant = await admin.GetPageAsync($"/Security/Accounts/Edit/{filer}");
        var granted = await admin.SubmitAsync(grant.Form("form[action*='Roles']"), new Dictionary<string, string?> { ["SelectedRoles"] = Roles.Auditor });
        var take = await admin.GetPageAsync($"/Security/Accounts/Edit/{auditor}");
        var taken = await admin.SubmitAsync(take.Form("form[action*='Roles']"), new Dictionary<string, string?> { ["SelectedRoles"] = Roles.Reviewer });

        Assert.Contains("lawreport admin-account", granted.Errors);
        Assert.Contains("lawreport admin-account", taken.Errors);
        Assert.Equal([Roles.Filer], await RolesOfAsync("filer"));
        Assert.Equal([Roles.Auditor], await RolesOfAsync("auditor"));
    }

    [Theory]
    [InlineData("secadmin")]
    [InlineData("auditor")]
    public async Task The_system_administrator_cannot_deactivate_another_administrator(string userName)
    {
        var id = await IdOfAsync(userName);
        using var admin = await portal.SignedInAsync("sysadmin");
        var edit = await admin.GetPageAsync($"/Admin/Users/Edit/{id}");

        var page = await admin.SubmitAsync(edit.Form("form[action*='Deactivate']"));

        Assert.Contains("lawreport admin-account", page.Errors);
        Assert.True(await portal.WithDbAsync((db, _) => db.Users.Where(u => u.Id == id).Select(u => u.IsActive).SingleAsync()));
    }

    [Fact]
    public async Task A_password_reset_of_a_business_account_is_audited()
    {
        var id = await portal.WithDbAsync(async (db, services) =>
        {
            var result = await services.GetRequiredService<UserAccounts>().CreateAsync(
                new NewAccount("resetme", "重置", null, [Roles.Reviewer], DemoData.Password, PasswordIsTemporary: false));
            Assert.True(result.Succeeded);
            return await db.Users.Where(u => u.UserName == "resetme").Select(u => u.Id).SingleAsync();
        });
        using var admin = await portal.SignedInAsync("secadmin");
        var edit = await admin.GetPageAsync($"/Security/Accounts/Edit/{id}");

        await admin.SubmitAsync(edit.Form("form[action*='ResetPassword']"), new Dictionary<string, string?> { ["TemporaryPassword"] = "Reset#Temp2026" });

        var entry = await portal.WithDbAsync((db, _) => db.AuditEntries.Where(e => e.Action == AuditAction.AccountSecurityChanged).OrderBy(e => e.Id).LastAsync());
        Assert.Equal("重置密码", entry.Summary);
        Assert.Contains("resetme", entry.Target);
        Assert.Equal("钱进", entry.ActorName);
    }

    private Task<string> IdOfAsync(string userName) =>
        portal.WithDbAsync((db, _) => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    private Task<List<string>> RolesOfAsync(string userName) =>
        portal.WithDbAsync(async (_, services) =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            return (await users.GetRolesAsync((await users.FindByNameAsync(userName))!)).ToList();
        });
}
