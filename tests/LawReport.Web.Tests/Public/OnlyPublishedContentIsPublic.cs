using System.Net;
using LawReport.Web.Tests.Support;

namespace LawReport.Web.Tests.Public;

/// <summary>
/// Drafts, returned reports, corrections still with their bureau and withdrawn publications never leak
/// through any public URL, feed, search result or sitemap; a withdrawn publication's URLs answer 404.
/// </summary>
public class OnlyPublishedContentIsPublic(PublishedReportsPortal portal) : IClassFixture<PublishedReportsPortal>
{
    private PublishedReports Reports => portal.Reports;

    public static TheoryData<string> Markers() =>
    [
        PublishedReports.DraftMarker,
        PublishedReports.ReturnedMarker,
        PublishedReports.WithdrawnMarker,
        PublishedReports.CorrectionDraftMarker,
    ];

    [Theory]
    [MemberData(nameof(Markers))]
    public async Task Unpublished_text_is_on_no_public_page_feed_or_sitemap(string marker)
    {
        using var client = portal.CreatePortalClient();

        foreach (var url in await EveryPublicAddressAsync(client))
        {
            var body = await client.Http.GetStringAsync(url);
            Assert.False(body.Contains(marker, StringComparison.Ordinal), $"{url} shows “{marker}”.");
            Assert.False(body.Contains(PublishedReports.WithdrawnTitle, StringComparison.Ordinal), $"{url} shows the withdrawn report's title.");
        }
    }

    [Theory]
    [MemberData(nameof(Markers))]
    public async Task Search_never_finds_unpublished_text(string marker)
    {
        using var client = portal.CreatePortalClient();

        var page = await client.GetPageAsync("/search?q=" + Uri.EscapeDataString(marker));

        Assert.Empty(page.Document.QuerySelectorAll("ol.results li"));
        Assert.Contains("没有找到", page.Find("#results-heading")!.TextContent);
    }

    [Fact]
    public async Task A_withdrawn_publication_and_its_file_answer_404()
    {
        using var client = portal.CreatePortalClient();

        var page = await client.GetAsync($"/publications/{Reports.Withdrawn}");
        var pdf = await client.GetAsync($"/publications/{Reports.Withdrawn}/pdf");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, pdf.StatusCode);
        Assert.DoesNotContain(PublishedReports.WithdrawnMarker, await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Reports_that_were_never_published_have_no_public_address()
    {
        using var client = portal.CreatePortalClient();
        var ids = await portal.WithDbAsync((db, _) => Task.FromResult(db.Publications.Select(p => p.Id).ToList()));
        var unused = ids.Max() + 1;

        var page = await client.GetAsync($"/publications/{unused}");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        foreach (var report in new[] { Reports.DraftReport, Reports.ReturnedReport })
        {
            // Their only address is a staff page, which sends a visitor to sign in.
            var staffPage = await client.GetAsync($"/Reports/Details/{report}", followRedirects: false);
            Assert.Equal(HttpStatusCode.Redirect, staffPage.StatusCode);
            Assert.StartsWith("/Account/Login", staffPage.Headers.Location!.PathAndQuery);
        }
    }

    [Fact]
    public async Task A_correction_in_review_leaves_the_published_version_as_it_was()
    {
        using var client = portal.CreatePortalClient();

        var page = await client.GetPageAsync($"/publications/{Reports.Chongqing2020}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("有效", page.Document.QuerySelectorAll("table.metadata tr").Single(r => r.QuerySelector("th")!.TextContent == "有效性").QuerySelector("td")!.TextContent);
        Assert.DoesNotContain(PublishedReports.CorrectionDraftMarker, page.Text);
    }

    /// <summary>Every public address there is: the pages, each page of each list, every result and report page, the feeds, the sitemap.</summary>
    private async Task<IReadOnlyList<string>> EveryPublicAddressAsync(PortalClient client)
    {
        var addresses = new List<string> { "/", "/publications", "/publications?sort=oldest", "/timeliness", "/feed.atom", "/sitemap.xml", "/robots.txt" };
        var bureaus = await portal.WithDbAsync((db, _) => Task.FromResult(db.Bureaus.Select(b => b.Id).ToList()));
        addresses.AddRange(bureaus.Select(id => $"/bureaus/{id}/feed.atom"));
        addresses.AddRange(bureaus.Select(id => $"/publications?bureau={id}"));
        addresses.AddRange(new[] { 2020, 2021, 2023, 2024 }.SelectMany(year => new[] { $"/timeliness/{year}", $"/publications?year={year}" }));

        // Whatever the sitemap lists: the timeliness boards and every report page.
        var sitemap = System.Xml.Linq.XDocument.Parse(await client.Http.GetStringAsync("/sitemap.xml"));
        var listed = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => new Uri(e.Value).PathAndQuery).ToList();
        Assert.Contains($"/publications/{Reports.Heze2024First}", listed);
        addresses.AddRange(listed);
        return addresses.Distinct().ToList();
    }
}
