using System.Net;
using LawReport.Domain.Users;
using LawReport.Infrastructure.Identity;
using LawReport.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LawReport.Web.Tests.Account;

public class PasswordChange(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Temporary = "Temporary#2026x";

    [Fact]
    public async Task A_temporary_password_must_be_changed_before_anything_else()
    {
        await CreateReviewerAsync("newcomer", temporary: true);
        using var client = await portal.SignedInAsync("newcomer", Temporary);

        var reports = await client.GetPageAsync("/Reports");

        Assert.Equal("/Account/ChangePassword", reports.Document.Url.Split("localhost")[1]);
        Assert.Contains("请先修改密码", reports.Text);
    }

    [Fact]
    public async Task After_changing_it_the_portal_opens_and_the_old_password_no_longer_works()
    {
        await CreateReviewerAsync("changer", temporary: true);
        using var client = await portal.SignedInAsync("changer", Temporary);
        var form = await client.GetPageAsync("/Account/ChangePassword");

        var done = await client.SubmitAsync(form.Form(), new Dictionary<string, string?>
        {
            ["Input.CurrentPassword"] = Temporary,
            ["Input.NewPassword"] = "Brand#New2026pw",
            ["Input.ConfirmPassword"] = "Brand#New2026pw",
        });

        Assert.Contains("密码已修改", done.Text);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Reports")).StatusCode);
        Assert.Empty(client.Redirects);
        using var other = portal.CreatePortalClient();
        await Assert.ThrowsAsync<InvalidOperationException>(() => other.SignInAsync("changer", Temporary));
        await other.SignInAsync("changer", "Brand#New2026pw");
    }

    [Fact]
    public async Task A_password_older_than_90_days_has_expired()
    {
        await CreateReviewerAsync("veteran", temporary: false, changedDaysAgo: 91);
        using var client = await portal.SignedInAsync("veteran", Temporary);

        await client.GetAsync("/Reports");

        Assert.EndsWith("/Account/ChangePassword", client.Redirects.Single().AbsolutePath);
    }

    [Theory]
    [InlineData("short#A1", "至少需要12个字符")]
    [InlineData("alllowercaseletters", "至少3类")]
    [InlineData("Weak#Password1", "两次输入的新密码不一致")]
    public async Task A_weak_or_mistyped_new_password_is_refused_with_the_rule(string newPassword, string message)
    {
        await CreateReviewerAsync("weak" + Math.Abs(newPassword.GetHashCode()), temporary: false);
        using var client = await portal.SignedInAsync("weak" + Math.Abs(newPassword.GetHashCode()), Temporary);
        var form = await client.GetPageAsync("/Account/ChangePassword");

        var page = await client.SubmitAsync(form.Form(), new Dictionary<string, string?>
        {
            ["Input.CurrentPassword"] = Temporary,
            ["Input.NewPassword"] = newPassword,
            ["Input.ConfirmPassword"] = message.Contains("不一致") ? newPassword + "x" : newPassword,
        });

        Assert.Contains(message, page.Errors);
    }

    private Task CreateReviewerAsync(string userName, bool temporary, int changedDaysAgo = 0) =>
        portal.WithDbAsync(async (_, services) =>
        {
            var accounts = services.GetRequiredService<UserAccounts>();
            var result = await accounts.CreateAsync(new NewAccount(userName, "新同事", null, [Roles.Reviewer], Temporary, temporary));
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
            if (changedDaysAgo > 0)
            {
                var users = services.GetRequiredService<UserManager<AppUser>>();
                var user = (await users.FindByNameAsync(userName))!;
                user.PasswordChangedAt = DateTimeOffset.UtcNow.AddDays(-changedDaysAgo);
                await users.UpdateAsync(user);
            }

            return true;
        });
}
