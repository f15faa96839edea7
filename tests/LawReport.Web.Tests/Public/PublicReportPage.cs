using System.Security.Cryptography;
using LawReport.Web.Tests.Support;

namespace LawReport.Web.Tests.Public;

/// <summary>A published report's page: its disclosure metadata, its file's hash, its text in the official structure, its versions.</summary>
public class PublicReportPage(PublishedReportsPortal portal) : IClassFixture<PublishedReportsPortal>
{
    private PublishedReports Reports => portal.Reports;

    [Fact]
    public async Task The_disclosure_metadata_table_shows_every_field_of_the_public_catalogue()
    {
        using var client = portal.CreatePortalClient();

        var page = await client.GetPageAsync($"/publications/{Reports.Changzhou2021}");

        var rows = Metadata(page);
        Assert.Equal("014109568/2022-00001", rows["索引号"]);
        Assert.Equal("综合政务", rows["主题分类"]);
        Assert.Equal(PublishedReports.Changzhou, rows["发布机构"]);
        Assert.Equal("2022年3月21日", rows["成文日期"]);
        Assert.Equal("2022年4月8日", rows["公开日期"]);
        Assert.Equal("主动公开", rows["公开方式"]);
        Assert.Equal("有效", rows["有效性"]);
        Assert.All(page.Document.QuerySelectorAll("table.metadata th"), th => Assert.Equal("row", th.GetAttribute("scope")));
    }

    [Fact]
    public async Task The_report_reads_in_its_official_structure_with_navigable_headings()
    {
        using var client = portal.CreatePortalClient();

        var page = await client.GetPageAsync($"/publications/{Reports.Chongqing2020}");

        // The seed's four parts as published, and the fifth the portal's completeness check asked for before sign-off.
        var sections = page.Document.QuerySelectorAll("article.official h3").Select(h => h.TextContent).ToList();
        Assert.Equal(
            ["一、2020年推进法治政府建设的主要举措和成效", "二、党政主要负责人认真履行推进法治建设第一责任人职责", "三、2020年推进法治政府建设存在的不足和原因", "四、2021年及“十四五”期间的工作思路和目标举措", "五、其他需要报告的情况"],
            sections);
        Assert.Equal("市政府：", page.Find("article.official .addressee")!.TextContent);
        Assert.Equal(["h1", "h2", "h2", "h2"], page.Document.QuerySelectorAll("main h1, main h2").Take(4).Select(h => h.LocalName));
    }

    [Fact]
    public async Task The_page_shows_the_sha256_of_the_file_it_offers()
    {
        using var client = portal.CreatePortalClient();
        var page = await client.GetPageAsync($"/publications/{Reports.Beijing2023}");

        var download = page.Document.QuerySelectorAll("a").Single(a => a.TextContent.StartsWith("下载 PDF", StringComparison.Ordinal));
        var bytes = await client.Http.GetByteArrayAsync(download.GetAttribute("href"));

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), page.Find("#sha256")!.TextContent);
    }

    [Fact]
    public async Task A_corrected_version_is_marked_and_links_to_the_version_that_replaced_it()
    {
        using var client = portal.CreatePortalClient();

        var page = await client.GetPageAsync($"/publications/{Reports.Heze2024First}");

        var notice = page.Find(".notice.corrected")!;
        Assert.Contains("已更正", notice.TextContent);
        Assert.Equal($"/publications/{Reports.Heze2024Corrected}", notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("（已更正）", page.Title);
        Assert.Equal("已更正", Metadata(page)["有效性"]);
        Assert.DoesNotContain(PublishedReports.CorrectionMarker, page.Find("article.official")!.TextContent);
    }

    [Fact]
    public async Task The_current_version_lists_the_earlier_one_with_its_mark()
    {
        using var client = portal.CreatePortalClient();

        var page = await client.GetPageAsync($"/publications/{Reports.Heze2024Corrected}");

        var versions = page.Document.QuerySelectorAll(".versions li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(2, versions.Count);
        Assert.Contains("第1版，2025年3月20日公开", versions[0]);
        Assert.Contains("已更正", versions[0]);
        Assert.Contains("第2版，2025年4月10日公开（本页）", versions[1]);
        Assert.Equal($"/publications/{Reports.Heze2024First}", page.Find(".versions li a")!.GetAttribute("href"));
        Assert.Null(page.Find(".notice.corrected"));
        Assert.Contains(PublishedReports.CorrectionMarker, page.Find("article.official")!.TextContent);
        Assert.Equal("有效", Metadata(page)["有效性"]);
    }

    [Fact]
    public async Task An_unknown_publication_is_a_404()
    {
        using var client = portal.CreatePortalClient();

        var page = await client.GetPageAsync("/publications/987654");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, page.Status);
        Assert.Contains("页面不存在", page.Text);
    }

    private static Dictionary<string, string> Metadata(PortalPage page) =>
        page.Document.QuerySelectorAll("table.metadata tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelector("td")!.TextContent.Trim());
}
