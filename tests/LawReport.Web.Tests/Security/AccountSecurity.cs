using LawReport.Domain.Users;
using LawReport.Infrastructure.Identity;
using LawReport.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LawReport.Web.Tests.Security;

public class AccountSecurity(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Password = "Account#2026pw";

    [Fact]
    public async Task The_security_administrator_assigns_roles()
    {
        var id = await CreateAccountAsync("newreviewer", null);
        using var admin = await portal.SignedInAsync("secadmin");
        var edit = await admin.GetPageAsync($"/Security/Accounts/Edit/{id}");

        var page = await admin.SubmitAsync(edit.Form("form[action*='Roles']"), new Dictionary<string, string?> { ["SelectedRoles"] = Roles.Reviewer });

        Assert.Contains("角色已保存", page.Text);
        Assert.Equal([Roles.Reviewer], await RolesOfAsync("newreviewer"));
        using var user = await portal.SignedInAsync("newreviewer", Password);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await user.GetPageAsync("/Reports")).Status);
    }

    [Fact]
    public async Task Two_administrator_roles_on_one_account_are_refused_and_nothing_changes()
    {
        var id = await CreateAccountAsync("greedy", null, Roles.Auditor);
        using var admin = await portal.SignedInAsync("secadmin");
        var edit = await admin.GetPageAsync($"/Security/Accounts/Edit/{id}");
        var form = edit.Form("form[action*='Roles']");
        foreach (var box in form.QuerySelectorAll("input[name='SelectedRoles']").OfType<AngleSharp.Html.Dom.IHtmlInputElement>())
        {
            box.IsChecked = box.Value is Roles.Auditor or Roles.SystemAdmin;
        }

        var page = await admin.SubmitAsync(form);

        Assert.Contains("三权分立", page.Errors);
        Assert.Equal([Roles.Auditor], await RolesOfAsync("greedy"));
    }

    [Fact]
    public async Task A_filer_role_needs_a_bureau()
    {
        var id = await CreateAccountAsync("nobureau", null);
        using var admin = await portal.SignedInAsync("secadmin");
        var edit = await admin.GetPageAsync($"/Security/Accounts/Edit/{id}");

        var page = await admin.SubmitAsync(edit.Form("form[action*='Roles']"), new Dictionary<string, string?> { ["SelectedRoles"] = Roles.Filer });

        Assert.Contains("须属于某个单位", page.Errors);
        Assert.Empty(await RolesOfAsync("nobureau"));
    }

    [Fact]
    public async Task The_security_administrator_cannot_change_their_own_roles()
    {
        var id = await portal.WithDbAsync((db, _) => db.Users.Where(u => u.UserName == "secadmin").Select(u => u.Id).SingleAsync());
        using var admin = await portal.SignedInAsync("secadmin");
        var edit = await admin.GetPageAsync($"/Security/Accounts/Edit/{id}");

        Assert.NotNull(edit.Find("fieldset[disabled]"));
        var token = edit.Find("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var response = await admin.PostAsync($"/Security/Accounts/Edit/{id}?handler=Roles", [new("__RequestVerificationToken", token)], followRedirects: true);
        Assert.Contains("不能修改自己的角色", await response.Content.ReadAsStringAsync());
        Assert.Equal([Roles.SecurityAdmin], await RolesOfAsync("secadmin"));
    }

    [Fact]
    public async Task A_locked_account_is_unlocked()
    {
        var id = await CreateAccountAsync("lockedout", null, Roles.Reviewer);
        await portal.WithDbAsync(async (_, services) =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(id))!, DateTimeOffset.UtcNow.AddMinutes(15));
            return true;
        });
        using var admin = await portal.SignedInAsync("secadmin");
        var list = await admin.GetPageAsync("/Security/Accounts");
        Assert.Contains("已锁定", list.Document.QuerySelectorAll("tr").First(r => r.TextContent.Contains("lockedout")).TextContent);
        var edit = await admin.GetPageAsync($"/Security/Accounts/Edit/{id}");

        var page = await admin.SubmitAsync(edit.Form("form[action*='Unlock']"));

        Assert.Contains("账号已解锁", page.Text);
        using var user = await portal.SignedInAsync("lockedout", Password);
    }

    [Fact]
    public async Task A_reset_password_works_once_and_must_then_be_changed()
    {
        var id = await CreateAccountAsync("forgetful", null, Roles.Reviewer);
        using var admin = await portal.SignedInAsync("secadmin");
        var edit = await admin.GetPageAsync($"/Security/Accounts/Edit/{id}");

        var page = await admin.SubmitAsync(edit.Form("form[action*='ResetPassword']"), new Dictionary<string, string?> { ["TemporaryPassword"] = "Reset#Temp2026" });

        Assert.Contains("密码已重置", page.Text);
        using var user = await portal.SignedInAsync("forgetful", "Reset#Temp2026");
        await user.GetAsync("/Reports");
        Assert.EndsWith("/Account/ChangePassword", user.Redirects.Single().AbsolutePath);
    }

    [Fact]
    public async Task A_weak_reset_password_is_refused()
    {
        var id = await CreateAccountAsync("weakreset", null, Roles.Reviewer);
        using var admin = await portal.SignedInAsync("secadmin");
        var edit = await admin.GetPageAsync($"/Security/Accounts/Edit/{id}");

        var page = await admin.SubmitAsync(edit.Form("form[action*='ResetPassword']"), new Dictionary<string, string?> { ["TemporaryPassword"] = "short" });

        Assert.Contains("至少需要12个字符", page.Errors);
        using var user = await portal.SignedInAsync("weakreset", Password);
    }

    private Task<string> CreateAccountAsync(string userName, int? bureauId, params string[] roles) =>
        portal.WithDbAsync(async (db, services) =>
        {
            var result = await services.GetRequiredService<UserAccounts>().CreateAsync(new NewAccount(userName, "测试人员", bureauId, roles, Password, PasswordIsTemporary: false));
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
            return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        });

    private Task<List<string>> RolesOfAsync(string userName) =>
        portal.WithDbAsync(async (_, services) =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            return (await users.GetRolesAsync((await users.FindByNameAsync(userName))!)).ToList();
        });
}
