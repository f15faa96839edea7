using System.Net;
using LawReport.Infrastructure.Identity;
using LawReport.Infrastructure.Seeding;
using LawReport.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LawReport.Web.Tests.Account;

public class SignIn(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_sign_in_page_is_in_chinese_and_needs_no_account()
    {
        using var client = portal.CreatePortalClient();

        var page = await client.GetPageAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("zh-CN", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("登录", page.Title);
        Assert.NotNull(page.Find("input[name='__RequestVerificationToken']"));
        Assert.NotNull(page.Find("label[for='Input_UserName']"));
    }

    [Fact]
    public async Task A_filer_signs_in_and_sees_their_name_and_role()
    {
        using var client = portal.CreatePortalClient();

        await client.SignInAsync("filer", DemoData.Password);
        var home = await client.GetPageAsync("/");

        Assert.Contains("张伟（填报人）", home.Document.QuerySelector(".account")!.TextContent);
        Assert.Contains("报告", home.Document.QuerySelector(".site-nav")!.TextContent);
        Assert.DoesNotContain("单位管理", home.Document.QuerySelector(".site-nav")!.TextContent);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_chinese()
    {
        using var client = portal.CreatePortalClient();
        var login = await client.GetPageAsync("/Account/Login");

        var page = await client.SubmitAsync(login.Form(), Credentials("reviewer", "Wrong#Password1"));

        Assert.Contains("用户名或密码不正确", page.Errors);
        Assert.Null(page.Find("form[action*='Logout']"));
    }

    [Fact]
    public async Task Empty_fields_get_messages_next_to_them()
    {
        using var client = portal.CreatePortalClient();
        var login = await client.GetPageAsync("/Account/Login");

        var page = await client.SubmitAsync(login.Form(), Credentials("", ""));

        Assert.Equal("请输入用户名。", page.FieldError("Input.UserName"));
        Assert.Equal("请输入密码。", page.FieldError("Input.Password"));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        await CreateUserAsync("locktest", "Secret#2026pass");
        using var client = portal.CreatePortalClient();

        for (var i = 0; i < PasswordPolicy.MaxFailedSignIns; i++)
        {
            var login = await client.GetPageAsync("/Account/Login");
            await client.SubmitAsync(login.Form(), Credentials("locktest", "Wrong#Password1"));
        }

        var again = await client.GetPageAsync("/Account/Login");
        var page = await client.SubmitAsync(again.Form(), Credentials("locktest", "Secret#2026pass"));

        Assert.Contains("账号已锁定", page.Errors);
        Assert.Contains("15分钟", page.Errors);
    }

    [Fact]
    public async Task A_deactivated_account_cannot_sign_in()
    {
        await CreateUserAsync("inactive", "Secret#2026pass", active: false);
        using var client = portal.CreatePortalClient();
        var login = await client.GetPageAsync("/Account/Login");

        var page = await client.SubmitAsync(login.Form(), Credentials("inactive", "Secret#2026pass"));

        Assert.Contains("账号已停用", page.Errors);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var client = await portal.SignedInAsync("filer");
        var home = await client.GetPageAsync("/");

        var page = await client.SubmitAsync(home.Form(".account form"));

        Assert.Contains("您已安全退出", page.Text);
        var after = await client.GetAsync("/Reports", followRedirects: false);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task A_return_address_elsewhere_is_not_followed()
    {
        using var client = portal.CreatePortalClient();
        var login = await client.GetPageAsync("/Account/Login?ReturnUrl=https%3A%2F%2Fevil.example%2F");

        await client.SubmitAsync(login.Form(), Credentials("filer", DemoData.Password));

        Assert.All(client.Redirects, uri => Assert.Equal("localhost", uri.Host));
    }

    internal static Dictionary<string, string?> Credentials(string userName, string password) =>
        new() { ["Input.UserName"] = userName, ["Input.Password"] = password };

    private async Task CreateUserAsync(string userName, string password, bool active = true) =>
        await portal.WithDbAsync(async (_, services) =>
        {
            var accounts = services.GetRequiredService<UserAccounts>();
            var result = await accounts.CreateAsync(new NewAccount(userName, "测试", null, [LawReport.Domain.Users.Roles.Reviewer], password, PasswordIsTemporary: false));
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
            if (!active)
            {
                var users = services.GetRequiredService<UserManager<AppUser>>();
                await accounts.SetActiveAsync((await users.FindByNameAsync(userName))!, false);
            }

            return true;
        });
}
