using System.Net;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Seeding;
using LawReport.Tests.Shared;
using LawReport.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LawReport.Web.Tests.Security;

/// <summary>Response headers and the sign-in cookie (ASVS V3.4, V14.4; 等保 2.0 8.1.4.x).</summary>
public class HeadersAndCookies(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/no/such/page")]
    public async Task Every_page_has_a_strict_content_security_policy(string url)
    {
        using var client = portal.CreatePortalClient();

        var response = await client.GetAsync(url);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("style-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
    }

    [Fact]
    public void Kestrel_sends_no_server_header() =>
        Assert.False(portal.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);

    [Fact]
    public async Task Over_https_the_cookie_is_host_prefixed_and_secure_and_hsts_is_sent()
    {
        using var http = portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });
        using var client = new PortalClient(http);

        var login = await client.GetAsync("/Account/Login");
        Assert.StartsWith("max-age=31536000", login.Headers.GetValues("Strict-Transport-Security").Single());

        var page = await client.GetPageAsync("/Account/Login");
        var form = page.Form();
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.UserName", "filer"),
            new("Input.Password", DemoData.Password),
            new("__RequestVerificationToken", form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!),
        };
        var signIn = await client.PostAsync("/Account/Login", fields);

        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.Contains("lawreport.auth", StringComparison.Ordinal));
        Assert.StartsWith("__Host-lawreport.auth=", cookie);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Workspace", followRedirects: false)).StatusCode);
    }

    [Fact]
    public async Task Over_plain_http_the_cookie_keeps_its_plain_name()
    {
        using var client = portal.CreatePortalClient();
        var page = await client.GetPageAsync("/Account/Login");
        var token = page.Form().QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        var signIn = await client.PostAsync("/Account/Login", [new("Input.UserName", "filer"), new("Input.Password", DemoData.Password), new("__RequestVerificationToken", token)]);

        Assert.Contains(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("lawreport.auth=", StringComparison.Ordinal));
        Assert.False(signIn.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("auditor", "/Audit?handler=Csv")]
    [InlineData("reviewer", "/Board?handler=Csv")]
    [InlineData("reviewer", "/Board?handler=Xlsx")]
    [InlineData("filer", "/Workspace")]
    public async Task Nothing_a_signed_in_user_receives_is_stored(string user, string url)
    {
        using var client = await portal.SignedInAsync(user);

        var response = await client.GetAsync(url, followRedirects: false);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{url}: {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task A_draft_pdf_is_not_stored()
    {
        var id = await portal.AddReportAsync(DemoData.FilerBureau, 2023, ReportStatus.Draft);
        using var client = await portal.SignedInAsync("filer");

        var response = await client.GetAsync($"/Reports/Pdf/{id}", followRedirects: false);

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public void The_launch_profile_does_not_override_an_explicit_environment()
    {
        // dotnet run applies a profile's variables over the environment's own; DOTNET_ENVIRONMENT gives way
        // to an explicit ASPNETCORE_ENVIRONMENT, ASPNETCORE_ENVIRONMENT in the profile would not.
        var settings = File.ReadAllText(Path.Combine(RepositoryPaths.RepositoryRoot, "src", "LawReport.Web", "Properties", "launchSettings.json"));

        Assert.DoesNotContain("ASPNETCORE_ENVIRONMENT", settings);
        Assert.Contains("\"DOTNET_ENVIRONMENT\": \"Development\"", settings);
    }
}
