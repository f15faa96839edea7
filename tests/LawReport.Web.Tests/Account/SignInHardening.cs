using System.Diagnostics;
using System.Net;
using LawReport.Domain.Users;
using LawReport.Infrastructure.Identity;
using LawReport.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static LawReport.Web.Tests.Account.SignIn;

namespace LawReport.Web.Tests.Account;

/// <summary>
/// The sign-in form does not tell accounts apart (ASVS 2.2.1, 等保 2.0 8.1.4.1): the same answer, in
/// about the same time, for a wrong password, an unknown name, a locked and a deactivated account.
/// </summary>
public class SignInHardening(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Password = "Harden#2026pass";

    [Fact]
    public async Task Wrong_password_unknown_name_locked_and_deactivated_accounts_get_the_same_answer()
    {
        await CreateUserAsync("known", Password);
        await CreateUserAsync("locked", Password);
        await CreateUserAsync("gone", Password, active: false);
        await LockAsync("locked");

        var answers = new List<(HttpStatusCode Status, string Main)>();
        foreach (var name in new[] { "known", "nosuchaccount", "locked", "gone" })
        {
            using var client = portal.CreatePortalClient();
            var login = await client.GetPageAsync("/Account/Login");
            var page = await client.SubmitAsync(login.Form(), Credentials(name, "Wrong#Password1"));
            Assert.Contains("用户名或密码不正确", page.Errors);
            var main = page.Document.QuerySelector("main")!.Clone() as AngleSharp.Dom.IElement;
            foreach (var hidden in main!.QuerySelectorAll("input[name='__RequestVerificationToken'], input[name='Input.UserName']"))
            {
                hidden.Remove();
            }

            answers.Add((page.Status, main.InnerHtml));
        }

        Assert.Single(answers.Distinct());
    }

    [Fact]
    public async Task An_unknown_name_takes_about_as_long_as_a_wrong_password()
    {
        await CreateUserAsync("timed", Password);
        using var client = portal.CreatePortalClient();
        var login = await client.GetPageAsync("/Account/Login");
        await client.SubmitAsync(login.Form(), Credentials("warmup", "Wrong#Password1"));

        var known = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 4; i++)
        {
            known.Add(await TimeAsync(client, "timed"));
            unknown.Add(await TimeAsync(client, $"nobody{i}"));
        }

        // Before: 124 ms against 5 ms. Both now verify one password hash.
        Assert.True(Median(unknown) > 0.4 * Median(known), $"unknown {Median(unknown):F0} ms, known {Median(known):F0} ms");
    }

    [Fact]
    public async Task The_locked_state_is_told_only_after_the_right_password()
    {
        await CreateUserAsync("lockedright", Password);
        await LockAsync("lockedright");
        using var client = portal.CreatePortalClient();
        var login = await client.GetPageAsync("/Account/Login");

        var page = await client.SubmitAsync(login.Form(), Credentials("lockedright", Password));

        Assert.Contains("账号已锁定", page.Errors);
        Assert.Null(page.Find("form[action*='Logout']"));
    }

    [Fact]
    public async Task Wrong_current_passwords_on_the_change_password_form_lock_the_account()
    {
        await CreateUserAsync("guesser", Password);
        using var client = await portal.SignedInAsync("guesser", Password);

        for (var i = 0; i < PasswordPolicy.MaxFailedSignIns; i++)
        {
            var form = await client.GetPageAsync("/Account/ChangePassword");
            await client.SubmitAsync(form.Form(), new Dictionary<string, string?>
            {
                ["Input.CurrentPassword"] = $"Guess#{i}Password",
                ["Input.NewPassword"] = "Brand#New2026pw",
                ["Input.ConfirmPassword"] = "Brand#New2026pw",
            });
        }

        Assert.True(await portal.WithDbAsync(async (_, services) =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            return await users.IsLockedOutAsync((await users.FindByNameAsync("guesser"))!);
        }));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Reports", followRedirects: false)).StatusCode);
    }

    private static async Task<double> TimeAsync(PortalClient client, string userName)
    {
        var login = await client.GetPageAsync("/Account/Login");
        var watch = Stopwatch.StartNew();
        await client.SubmitAsync(login.Form(), Credentials(userName, "Wrong#Password1"));
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private Task LockAsync(string userName) =>
        portal.WithDbAsync(async (_, services) =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByNameAsync(userName))!, DateTimeOffset.UtcNow.AddMinutes(10));
            return true;
        });

    private Task CreateUserAsync(string userName, string password, bool active = true) =>
        portal.WithDbAsync(async (_, services) =>
        {
            var accounts = services.GetRequiredService<UserAccounts>();
            var result = await accounts.CreateAsync(new NewAccount(userName, "测试", null, [Roles.Reviewer], password, PasswordIsTemporary: false));
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
            if (!active)
            {
                var users = services.GetRequiredService<UserManager<AppUser>>();
                await accounts.SetActiveAsync((await users.FindByNameAsync(userName))!, false);
            }

            return true;
        });
}

/// <summary>Guessing is slowed down per address and per account name: 429 with Retry-After (ASVS 2.2.1).</summary>
public class SignInRateLimit(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Repeated_failures_get_429_with_retry_after()
    {
        using var client = portal.CreatePortalClient();
        PortalPage? last = null;
        for (var i = 0; i <= Authorization.SignInThrottle.MaxFailuresPerAccount; i++)
        {
            var login = await client.GetPageAsync("/Account/Login");
            last = await client.SubmitAsync(login.Form(), Credentials("targeted", $"Wrong#Password{i}"));
        }

        Assert.Equal((HttpStatusCode)429, last!.Status);
        Assert.True(last.Response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("登录失败次数过多", last.Errors);

        // Another name from the same address still may try, until the address's own limit.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < Authorization.SignInThrottle.MaxFailuresPerAddress; i++)
        {
            var login = await client.GetPageAsync("/Account/Login");
            statuses.Add((await client.SubmitAsync(login.Form(), Credentials($"sprayed{i}", "Wrong#Password1"))).Status);
        }

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Equal((HttpStatusCode)429, statuses[^1]);
    }
}
