using LawReport.Web.Tests.Support;

namespace LawReport.Web.Tests.Operations;

/// <summary>Pages are light on a slow link: Chinese written as characters, and compressed when the browser asks.</summary>
public class ResponseEncoding(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Chinese_text_is_written_as_characters_not_as_entities()
    {
        using var client = portal.CreatePortalClient();

        var html = await (await client.GetAsync("/Account/Login")).Content.ReadAsStringAsync();

        Assert.Contains("连续输错密码", html);
        Assert.DoesNotContain("&#x", html);
    }

    [Fact]
    public async Task Pages_are_compressed_for_browsers_that_accept_it()
    {
        using var client = portal.CreatePortalClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptEncoding.ParseAdd("gzip, br");

        using var response = await client.Http.SendAsync(request);

        Assert.Contains(response.Content.Headers.ContentEncoding, e => e is "gzip" or "br");
    }
}
