using System.Net;
using LawReport.Domain.Common;
using LawReport.Domain.Reports;
using LawReport.Domain.Users;
using LawReport.Infrastructure.Identity;
using LawReport.Infrastructure.Seeding;
using LawReport.Web.Tests.Review;
using LawReport.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LawReport.Web.Tests.Security;

/// <summary>
/// Separation of duties on the pages (等保 2.0 8.1.4.2, ASVS 4.3): no account both writes and checks
/// reports, a reviewer does not review their own bureau, and a head does not sign off what they submitted.
/// </summary>
public class SeparationOfDutiesPages(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_bureau_account_is_not_also_made_a_reviewer()
    {
        var id = await CreateAccountAsync("twohats", DemoData.FilerBureau, Roles.Filer);
        using var admin = await portal.SignedInAsync("secadmin");
        var edit = await admin.GetPageAsync($"/Security/Accounts/Edit/{id}");
        var form = edit.Form("form[action*='Roles']");
        foreach (var box in form.QuerySelectorAll("input[name='SelectedRoles']").OfType<AngleSharp.Html.Dom.IHtmlInputElement>())
        {
            box.IsChecked = box.Value is Roles.Filer or Roles.BureauLead or Roles.Reviewer;
        }

        var page = await admin.SubmitAsync(form);

        Assert.Contains("审核人属于依法治市办", page.Errors);
        Assert.Equal([Roles.Filer], await RolesOfAsync("twohats"));
    }

    [Fact]
    public async Task A_reviewer_cannot_open_or_review_a_report_of_their_own_bureau()
    {
        await CreateAccountAsync("homereviewer", DemoData.FilerBureau, Roles.Reviewer);
        var year = await portal.WithDbAsync((db, _) => db.ReportingCycles.MaxAsync(c => c.Year));
        var own = await portal.AddReportAsync(DemoData.FilerBureau, year, ReportStatus.Submitted);
        var other = await portal.AddReportAsync("常州市人民政府外事办公室", year, ReportStatus.Submitted);
        var version = (await portal.ReportAsync(own)).Version;
        using var reviewer = await portal.SignedInAsync("homereviewer", DemoData.Password);

        var page = await reviewer.GetAsync($"/Review/Report/{own}", followRedirects: false);
        var start = await PostAsync(reviewer, $"/Review/Report/{own}?handler=Start", version);
        var queue = await reviewer.GetPageAsync("/Review");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, start.StatusCode);
        Assert.Equal(ReportStatus.Submitted, (await portal.ReportAsync(own)).Status);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync($"/Review/Report/{other}", followRedirects: false)).StatusCode);
        Assert.Null(queue.Find($"a[href='/Review/Report/{own}']"));
        Assert.NotNull(queue.Find($"a[href='/Review/Report/{other}']"));
    }

    [Fact]
    public async Task A_head_who_submitted_the_report_cannot_sign_it_off()
    {
        await CreateAccountAsync("onlyone", DemoData.FilerBureau, Roles.Filer, Roles.BureauLead);
        var id = await portal.AddReportAsync(DemoData.FilerBureau, 2024, ReportStatus.Draft, ReviewSteps.Content(DemoData.FilerBureau, 2024));
        var self = new Actor(await portal.UserIdAsync("onlyone"), "测试人员");
        await portal.ChangeAsync(id, report => report.SubmitForSignOff(self, DateTimeOffset.UtcNow));
        var version = (await portal.ReportAsync(id)).Version;
        using var client = await portal.SignedInAsync("onlyone", DemoData.Password);

        var page = await client.GetPageAsync($"/SignOff/Report/{id}");
        var signOff = await PostAsync(client, $"/SignOff/Report/{id}?handler=SignOff", version);

        Assert.Null(page.Find("form[action*='handler=SignOff']"));
        Assert.Equal(HttpStatusCode.Forbidden, signOff.StatusCode);
        Assert.Equal(ReportStatus.AwaitingSignOff, (await portal.ReportAsync(id)).Status);

        // Another head of the same bureau signs it off.
        using var lead = await portal.SignedInAsync("lead");
        var other = await PostAsync(lead, $"/SignOff/Report/{id}?handler=SignOff", version);
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.Equal(ReportStatus.Submitted, (await portal.ReportAsync(id)).Status);
    }

    private static async Task<HttpResponseMessage> PostAsync(PortalClient client, string url, Guid version)
    {
        var token = (await client.GetPageAsync("/Notifications")).Document.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value") ?? "";
        return await client.PostAsync(url, [new("Version", version.ToString()), new("__RequestVerificationToken", token)]);
    }

    private Task<string> CreateAccountAsync(string userName, string bureau, params string[] roles) =>
        portal.WithDbAsync(async (db, services) =>
        {
            var bureauId = await db.Bureaus.Where(b => b.FullName == bureau).Select(b => b.Id).SingleAsync();
            var result = await services.GetRequiredService<UserAccounts>().CreateAsync(
                new NewAccount(userName, "测试人员", bureauId, roles, DemoData.Password, PasswordIsTemporary: false));
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
