using System.Net;
using LawReport.Web.Tests.Support;

namespace LawReport.Web.Tests.Public;

/// <summary>
/// Anonymous searches and PDF downloads are limited per client address (here: two a minute), answering
/// 429 with Retry-After and a Chinese explanation; the rest of the public side is not limited.
/// </summary>
public sealed class RateLimits(RateLimits.Portal portal) : IClassFixture<RateLimits.Portal>
{
    public sealed class Portal : PortalFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [
            new("RateLimits:Search:PermitLimit", "2"),
            new("RateLimits:Search:Window", "00:10:00"),
            new("RateLimits:Pdf:PermitLimit", "2"),
            new("RateLimits:Pdf:Window", "00:10:00"),
        ];
    }

    [Fact]
    public async Task Searching_beyond_the_limit_is_answered_429_with_retry_after()
    {
        using var client = portal.CreatePortalClient();

        var allowed = new List<HttpStatusCode>();
        for (var i = 0; i < 2; i++)
        {
            allowed.Add((await client.GetAsync("/search?q=" + Uri.EscapeDataString("普法"))).StatusCode);
        }

        var refused = await client.GetAsync("/search?q=" + Uri.EscapeDataString("普法"), followRedirects: false);
        var home = await client.GetAsync("/");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], allowed);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 600);
        Assert.Contains("请求过于频繁", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task Pdf_downloads_beyond_the_limit_are_answered_429()
    {
        using var client = portal.CreatePortalClient();

        // Unknown publications still count: the limit is on requests, whatever they ask for.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.GetAsync("/publications/999999/pdf", followRedirects: false)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], statuses);
    }
}
