using System.Net;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Identity;
using LawReport.Infrastructure.Seeding;
using LawReport.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LawReport.Web.Tests.Operations;

/// <summary>
/// What a production portal refuses to start with: demo accounts that still have the README's password,
/// and public addresses that a request's Host header could choose.
/// </summary>
public class ProductionStart(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private WebApplicationFactory<Program> Production(params (string Key, string Value)[] settings) => For(portal, settings);

    internal static WebApplicationFactory<Program> For(PortalFactory portal, params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Database:Provider", portal.Database.Options.Provider.ToString());
            builder.UseSetting("Database:ConnectionString", portal.Database.Options.ConnectionString);
            builder.UseSetting("Storage:DataDirectory", portal.Database.DataDirectory);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

    [Fact]
    public async Task Production_refuses_to_start_while_a_demo_account_has_the_demo_password()
    {
        await using var production = Production(("Portal:PublicUrl", "https://fzzf.example.gov.cn"));

        var error = Assert.ThrowsAny<Exception>(() => production.Server);

        Assert.Contains("演示账号", error.ToString());
    }

    [Fact]
    public async Task Production_refuses_to_start_when_public_addresses_would_come_from_the_host_header()
    {
        await using var production = Production();

        var error = Assert.ThrowsAny<Exception>(() => production.Server);

        Assert.Contains("Portal:PublicUrl", error.ToString());
    }
}

/// <summary>With AllowedHosts naming the portal, a request for another host is refused before any page.</summary>
public class AllowedHostsInProduction(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task With_allowed_hosts_set_a_forged_host_is_refused()
    {
        await DisableDemoAccountsAsync();
        await using var production = ProductionStart.For(portal, ("AllowedHosts", "fzzf.example.gov.cn"));
        using var client = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://fzzf.example.gov.cn") });

        var good = await client.GetAsync("/robots.txt");
        var forged = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://evil.example/robots.txt"));

        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Contains("http://fzzf.example.gov.cn/sitemap.xml", await good.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    private Task DisableDemoAccountsAsync() =>
        portal.WithDbAsync(async (_, services) =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var accounts = services.GetRequiredService<UserAccounts>();
            foreach (var (userName, _, _, _) in DemoData.Accounts)
            {
                if (await users.FindByNameAsync(userName) is { } user)
                {
                    var result = await accounts.ResetPasswordAsync(user, "Replaced#2026pw", AccountChannel.Server);
                    Assert.True(result.Succeeded);
                }
            }

            return true;
        });
}

/// <summary>Bad input found by fuzzing answers 4xx with a Chinese page, never 5xx.</summary>
public class BadInputIsNoServerError(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/Audit?To=9999-12-31")]
    [InlineData("/Audit?From=0001-01-01")]
    [InlineData("/Audit?From=0001-01-01&To=9999-12-31&handler=Csv")]
    public async Task Dates_at_the_ends_of_the_calendar_filter_the_audit_log(string url)
    {
        using var auditor = await portal.SignedInAsync("auditor");

        var response = await auditor.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task A_section_position_that_cannot_exist_is_not_found(int position)
    {
        var id = await portal.AddReportAsync(DemoData.FilerBureau, 2020 + position, ReportStatus.Draft);
        using var filer = await portal.SignedInAsync("filer");
        var token = (await filer.GetPageAsync("/Notifications")).Find("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        var response = await filer.PostAsync($"/Reports/Section/{id}/{position}", [new("__RequestVerificationToken", token), new("Input.Heading", "x")]);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?handler=Nonsense")]
    public async Task A_post_to_a_handler_the_page_does_not_have_is_not_found(string query)
    {
        using var admin = await portal.SignedInAsync("sysadmin");
        var token = (await admin.GetPageAsync("/Notifications")).Find("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        var response = await admin.PostAsync($"/Admin/Archive/Review/1{query}", [new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(200, HttpStatusCode.NotFound)]
    [InlineData(302, HttpStatusCode.NotFound)]
    [InlineData(418, HttpStatusCode.NotFound)]
    [InlineData(503, HttpStatusCode.NotFound)]
    [InlineData(999, HttpStatusCode.NotFound)]
    [InlineData(404, HttpStatusCode.NotFound)]
    [InlineData(403, HttpStatusCode.Forbidden)]
    public async Task The_error_page_answers_only_the_codes_it_knows(int code, HttpStatusCode expected)
    {
        using var client = portal.CreatePortalClient();

        var response = await client.GetAsync($"/Error/{code}", followRedirects: false);

        Assert.Equal(expected, response.StatusCode);
    }
}
