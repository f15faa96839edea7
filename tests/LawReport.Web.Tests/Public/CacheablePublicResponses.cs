using System.Net;

namespace LawReport.Web.Tests.Public;

/// <summary>Anonymous public responses carry no cookie, so a shared cache may keep them.</summary>
public sealed class CacheablePublicResponses(PublishedReportsPortal portal) : IClassFixture<PublishedReportsPortal>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/publications")]
    [InlineData("/search?q=%E6%99%AE%E6%B3%95")]
    [InlineData("/feed.atom")]
    public async Task An_anonymous_public_page_sets_no_cookie(string url)
    {
        using var client = portal.CreatePortalClient();

        var response = await client.GetAsync(url, followRedirects: false);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"), string.Join(" | ", response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []));
    }

    [Fact]
    public async Task A_report_page_and_its_pdf_set_no_cookie()
    {
        using var client = portal.CreatePortalClient();

        var page = await client.GetAsync($"/publications/{portal.Reports.Changzhou2021}", followRedirects: false);
        var pdf = await client.GetAsync($"/publications/{portal.Reports.Changzhou2021}/pdf", followRedirects: false);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (page.StatusCode, pdf.StatusCode));
        Assert.False(page.Headers.Contains("Set-Cookie"));
        Assert.False(pdf.Headers.Contains("Set-Cookie"));
    }
}
