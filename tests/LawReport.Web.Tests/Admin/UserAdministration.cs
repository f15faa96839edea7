using LawReport.Infrastructure.Identity;
using LawReport.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LawReport.Web.Tests.Admin;

public class UserAdministration(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_account_is_created_with_a_bureau_and_a_temporary_password()
    {
        using var admin = await portal.SignedInAsync("sysadmin");
        var form = await admin.GetPageAsync("/Admin/Users/Create");
        var bureau = form.Document.QuerySelectorAll("#Input_BureauId option").First(o => o.TextContent == "常州市人民政府外事办公室").GetAttribute("value");

        var list = await admin.SubmitAsync(form.Form(), new Dictionary<string, string?>
        {
            ["Input.UserName"] = "czfiler",
            ["Input.DisplayName"] = "周敏",
            ["Input.BureauId"] = bureau,
            ["Input.TemporaryPassword"] = "Welcome#2026ab",
        });

        Assert.Contains("已创建账号“czfiler”", list.Text);
        var user = await portal.WithDbAsync((db, _) => db.Users.AsNoTracking().SingleAsync(u => u.UserName == "czfiler"));
        Assert.Equal(int.Parse(bureau!, System.Globalization.CultureInfo.InvariantCulture), user.BureauId);
        Assert.Null(user.PasswordChangedAt);
        using var newcomer = await portal.SignedInAsync("czfiler", "Welcome#2026ab");
        await newcomer.GetAsync("/");
        Assert.EndsWith("/Account/ChangePassword", newcomer.Redirects.Single().AbsolutePath);
    }

    [Fact]
    public async Task A_weak_temporary_password_or_a_taken_name_is_refused()
    {
        using var admin = await portal.SignedInAsync("sysadmin");
        var form = await admin.GetPageAsync("/Admin/Users/Create");

        var weak = await admin.SubmitAsync(form.Form(), new Dictionary<string, string?>
        {
            ["Input.UserName"] = "weakling", ["Input.DisplayName"] = "某某", ["Input.TemporaryPassword"] = "abcdefghijklmn",
        });
        var taken = await admin.SubmitAsync(weak.Form(), new Dictionary<string, string?>
        {
            ["Input.UserName"] = "filer", ["Input.DisplayName"] = "某某", ["Input.TemporaryPassword"] = "Welcome#2026ab",
        });

        Assert.Contains("至少3类", weak.Errors);
        Assert.Contains("用户名“filer”已被使用", taken.Errors);
        Assert.False(await portal.WithDbAsync((db, _) => db.Users.AnyAsync(u => u.UserName == "weakling")));
    }

    [Fact]
    public async Task Deactivating_an_account_ends_its_sign_in()
    {
        await portal.WithDbAsync(async (_, services) =>
        {
            var result = await services.GetRequiredService<UserAccounts>().CreateAsync(
                new NewAccount("leaver", "离职者", null, [LawReport.Domain.Users.Roles.Reviewer], "Leaving#2026ab", PasswordIsTemporary: false));
            return result.Succeeded;
        });
        var id = await portal.WithDbAsync((db, _) => db.Users.Where(u => u.UserName == "leaver").Select(u => u.Id).SingleAsync());
        using var admin = await portal.SignedInAsync("sysadmin");
        var edit = await admin.GetPageAsync($"/Admin/Users/Edit/{id}");

        var page = await admin.SubmitAsync(edit.Form("form[action*='Deactivate']"));

        Assert.Contains("已停用账号“leaver”", page.Text);
        using var leaver = portal.CreatePortalClient();
        await Assert.ThrowsAsync<InvalidOperationException>(() => leaver.SignInAsync("leaver", "Leaving#2026ab"));
    }

    [Fact]
    public async Task The_administrator_cannot_deactivate_their_own_account()
    {
        var id = await portal.WithDbAsync((db, _) => db.Users.Where(u => u.UserName == "sysadmin").Select(u => u.Id).SingleAsync());
        using var admin = await portal.SignedInAsync("sysadmin");
        var edit = await admin.GetPageAsync($"/Admin/Users/Edit/{id}");

        Assert.Null(edit.Find("form[action*='Deactivate']"));
        var token = edit.Find("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var forced = await admin.PostAsync($"/Admin/Users/Edit/{id}?handler=Deactivate", [new("__RequestVerificationToken", token)], followRedirects: true);
        Assert.Contains("不能停用自己的账号", await forced.Content.ReadAsStringAsync());
        Assert.True(await portal.WithDbAsync((db, _) => db.Users.Where(u => u.Id == id).Select(u => u.IsActive).SingleAsync()));
    }

    [Fact]
    public async Task A_filer_cannot_be_moved_out_of_every_bureau()
    {
        var id = await portal.WithDbAsync((db, _) => db.Users.Where(u => u.UserName == "lead").Select(u => u.Id).SingleAsync());
        using var admin = await portal.SignedInAsync("sysadmin");
        var edit = await admin.GetPageAsync($"/Admin/Users/Edit/{id}");

        var page = await admin.SubmitAsync(edit.Form("main form:not([action*='handler'])"), new Dictionary<string, string?> { ["Input.BureauId"] = "" });

        Assert.Contains("须属于某个单位", page.Errors);
        var users = await portal.WithDbAsync((db, _) => db.Users.AsNoTracking().SingleAsync(u => u.Id == id));
        Assert.NotNull(users.BureauId);
    }

    [Fact]
    public async Task A_stale_form_without_its_antiforgery_token_is_refused()
    {
        using var admin = await portal.SignedInAsync("sysadmin");

        var response = await admin.PostAsync("/Admin/Bureaus/Edit", [new("Input.FullName", "伪造单位"), new("Input.ShortName", "伪造")]);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await portal.WithDbAsync((db, _) => db.Bureaus.AnyAsync(b => b.FullName == "伪造单位")));
    }
}
