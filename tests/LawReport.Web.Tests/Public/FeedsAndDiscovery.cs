using System.Net;
using System.Xml.Linq;
using LawReport.Web.Tests.Support;

namespace LawReport.Web.Tests.Public;

/// <summary>Atom feeds of new publications (all and per bureau), the sitemap and robots.txt.</summary>
public class FeedsAndDiscovery(PublishedReportsPortal portal) : IClassFixture<PublishedReportsPortal>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private PublishedReports Reports => portal.Reports;

    [Fact]
    public async Task The_feed_lists_the_current_version_of_each_report_newest_first_with_its_pdf()
    {
        using var client = portal.CreatePortalClient();

        var feed = XDocument.Parse(await client.Http.GetStringAsync("/feed.atom")).Root!;

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(
            [Reports.Heze2024Corrected, Reports.Beijing2023, Reports.Changzhou2021, Reports.Chongqing2020, Reports.Shanghai2020],
            entries.Select(e => PublishedReports.IdIn(e.Element(Atom + "id")!.Value)));
        var heze = entries[0];
        Assert.Equal("2025-04-10T10:00:00+08:00", heze.Element(Atom + "published")!.Value);
        Assert.Equal(PublishedReports.Heze, heze.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        var enclosure = heze.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "enclosure");
        Assert.Equal("application/pdf", (string?)enclosure.Attribute("type"));
        var pdf = await client.Http.GetByteArrayAsync(new Uri((string)enclosure.Attribute("href")!).PathAndQuery);
        Assert.Equal(pdf.Length, (int)enclosure.Attribute("length")!);
        Assert.Equal(heze.Element(Atom + "published")!.Value, feed.Element(Atom + "updated")!.Value);
        Assert.EndsWith("/feed.atom", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
    }

    [Fact]
    public async Task A_bureau_feed_lists_that_bureau_only()
    {
        using var client = portal.CreatePortalClient();
        var changzhou = await BureauIdAsync(PublishedReports.Changzhou);

        var feed = XDocument.Parse(await client.Http.GetStringAsync($"/bureaus/{changzhou}/feed.atom")).Root!;

        Assert.Equal([Reports.Changzhou2021], feed.Elements(Atom + "entry").Select(e => PublishedReports.IdIn(e.Element(Atom + "id")!.Value)));
        Assert.Equal("常州市人民政府外事办公室公开的报告", feed.Element(Atom + "title")!.Value);
    }

    [Fact]
    public async Task An_unknown_bureau_has_no_feed()
    {
        using var client = portal.CreatePortalClient();

        var response = await client.GetAsync("/bureaus/987654/feed.atom");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_sitemap_lists_the_public_pages_and_every_readable_version()
    {
        using var client = portal.CreatePortalClient();

        var sitemap = XDocument.Parse(await client.Http.GetStringAsync("/sitemap.xml")).Root!;

        var urls = sitemap.Elements(Sitemaps + "url").ToDictionary(u => new Uri(u.Element(Sitemaps + "loc")!.Value).PathAndQuery, u => u.Element(Sitemaps + "lastmod")?.Value);
        Assert.Contains("/", urls.Keys);
        Assert.Contains("/publications", urls.Keys);
        Assert.Contains("/timeliness/2021", urls.Keys);
        Assert.Equal("2025-03-20", urls[$"/publications/{Reports.Heze2024First}"]); // corrected, still readable
        Assert.Equal("2025-04-10", urls[$"/publications/{Reports.Heze2024Corrected}"]);
        Assert.DoesNotContain($"/publications/{Reports.Withdrawn}", urls.Keys);
        Assert.Equal(6, urls.Keys.Count(k => k.StartsWith("/publications/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Robots_may_index_the_public_pages_but_not_the_staff_areas_or_search_results()
    {
        using var client = portal.CreatePortalClient();

        var robots = (await client.Http.GetStringAsync("/robots.txt")).Split('\n');

        Assert.Contains("Disallow: /Account/", robots);
        Assert.Contains("Disallow: /Reports/", robots);
        Assert.Contains("Disallow: /search", robots);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots);
    }

    [Fact]
    public async Task Pages_announce_their_feeds()
    {
        using var client = portal.CreatePortalClient();
        var changzhou = await BureauIdAsync(PublishedReports.Changzhou);

        var list = await client.GetPageAsync($"/publications?bureau={changzhou}");

        var feeds = list.Document.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")).ToList();
        Assert.Equal(["/feed.atom", $"/bureaus/{changzhou}/feed.atom"], feeds);
    }

    private Task<int> BureauIdAsync(string name) =>
        portal.WithDbAsync((db, _) => Task.FromResult(db.Bureaus.Single(b => b.FullName == name).Id));
}

/// <summary>With <c>Portal:PublicUrl</c> set, feeds and the sitemap name the configured address, not the request's host.</summary>
public class ConfiguredPublicUrl(ConfiguredPublicUrl.Portal portal) : IClassFixture<ConfiguredPublicUrl.Portal>
{
    public sealed class Portal : PortalFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Portal:PublicUrl", "https://fzzf.example.gov.cn/")];
    }

    [Fact]
    public async Task Feeds_sitemap_and_robots_use_the_configured_public_address()
    {
        using var client = portal.CreatePortalClient();

        var feed = await client.Http.GetStringAsync("/feed.atom");
        var robots = await client.Http.GetStringAsync("/robots.txt");
        var sitemap = await client.Http.GetStringAsync("/sitemap.xml");

        Assert.Contains("<id>https://fzzf.example.gov.cn/feed.atom</id>", feed);
        Assert.Contains("Sitemap: https://fzzf.example.gov.cn/sitemap.xml", robots);
        Assert.Contains("<loc>https://fzzf.example.gov.cn/publications</loc>", sitemap);
        Assert.DoesNotContain("localhost", feed + robots + sitemap);
    }
}
