using System.Net;
using LawReport.Domain.Audit;
using LawReport.Infrastructure.Seeding;
using LawReport.Web.Tests.Account;
using LawReport.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Tests.Operations;

/// <summary>The portal behind a reverse proxy it knows: the client's address comes from X-Forwarded-For.</summary>
public sealed class ProxiedPortal : PortalFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Proxy:KnownProxies:0", "127.0.0.1"), new("Proxy:KnownProxies:1", "::1")];
}

public class ForwardedClientAddress(ProxiedPortal portal) : IClassFixture<ProxiedPortal>
{
    [Fact]
    public async Task A_sign_in_through_the_known_proxy_is_audited_with_the_clients_address()
    {
        using var client = portal.CreatePortalClient();
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        var login = await client.GetPageAsync("/Account/Login");

        await client.SubmitAsync(login.Form(), SignIn.Credentials("reviewer", DemoData.Password));

        var addresses = await portal.WithDbAsync((db, _) => db.AuditEntries.Where(e => e.Action == AuditAction.SignInSucceeded).Select(e => e.RemoteAddress).ToListAsync());
        Assert.Contains("203.0.113.7", addresses);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }
}
