using System.Net;
using LawReport.Web.Tests.Support;

namespace LawReport.Web.Tests.Account;

/// <summary>Deny by default: every page needs a signed-in user unless it opts out, and each area its role.</summary>
public class AreaAccess(PortalFactory portal) : IClassFixture<PortalFactory>
{
    public static TheoryData<string> ProtectedPages() =>
    [
        "/Reports", "/Admin/Bureaus", "/Admin/Bureaus/Edit", "/Admin/Users", "/Admin/Users/Create", "/Admin/Cycles",
        "/Admin/Cycles/Edit", "/Security/Accounts", "/Account/ChangePassword",
    ];

    [Theory]
    [MemberData(nameof(ProtectedPages))]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string url)
    {
        using var client = portal.CreatePortalClient();

        var response = await client.GetAsync(url, followRedirects: false);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
        Assert.Contains(Uri.EscapeDataString(url), response.Headers.Location.Query);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/healthz")]
    [InlineData("/css/site.css")]
    public async Task Public_pages_open_without_signing_in(string url)
    {
        using var client = portal.CreatePortalClient();

        var response = await client.GetAsync(url, followRedirects: false);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("filer", "/Admin/Bureaus", false)]
    [InlineData("filer", "/Security/Accounts", false)]
    [InlineData("filer", "/Reports", true)]
    [InlineData("lead", "/Admin/Users", false)]
    [InlineData("reviewer", "/Admin/Cycles", false)]
    [InlineData("reviewer", "/Reports", true)]
    [InlineData("sysadmin", "/Admin/Bureaus", true)]
    [InlineData("sysadmin", "/Admin/Users", true)]
    [InlineData("sysadmin", "/Security/Accounts", false)]
    [InlineData("sysadmin", "/Reports", false)]
    [InlineData("secadmin", "/Security/Accounts", true)]
    [InlineData("secadmin", "/Admin/Users", false)]
    [InlineData("secadmin", "/Reports", false)]
    [InlineData("auditor", "/Admin/Bureaus", false)]
    [InlineData("auditor", "/Security/Accounts", false)]
    [InlineData("auditor", "/Reports", false)]
    public async Task Each_area_opens_only_for_its_role(string user, string url, bool allowed)
    {
        var client = await portal.SharedClientAsync(user);

        var page = await client.GetPageAsync(url);

        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, page.Status);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Forbidden, page.Status);
            Assert.Contains("无权访问", page.Text);
        }
    }
}
