using System.Net;
using LawReport.Web.Tests.Support;

namespace LawReport.Web.Tests.Public;

/// <summary>Every public page renders for a visitor who is not signed in, with its own title and description.</summary>
public class PublicPagesRender(PublishedReportsPortal portal) : IClassFixture<PublishedReportsPortal>
{
    public static TheoryData<string, string> Pages() => new()
    {
        { "/", "首页" },
        { "/publications", "公开报告" },
        { "/publications?year=2020", "公开报告：2020年度" },
        { "/search", "全文检索" },
        { "/search?q=普法", "检索“普法”" },
        { "/timeliness", "2024年度报告公开情况" },
        { "/timeliness/2021", "2021年度报告公开情况" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_public_page_renders_for_anonymous_visitors_with_a_meaningful_title(string url, string title)
    {
        using var client = portal.CreatePortalClient();

        var page = await client.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(client.Redirects);
        Assert.StartsWith(title + " — ", page.Title);
        Assert.False(string.IsNullOrWhiteSpace(page.Find("meta[name=description]")?.GetAttribute("content")));
        Assert.Single(page.Document.QuerySelectorAll("h1"));
        Assert.Equal("#main", page.Find("a.skip-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_report_page_is_titled_with_the_report_and_described_by_its_summary()
    {
        using var client = portal.CreatePortalClient();

        var page = await client.GetPageAsync($"/publications/{portal.Reports.Chongqing2020}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("重庆市人民政府外事办公室关于2020年度法治政府建设情况的报告 — 法治政府建设年度报告平台", page.Title);
        Assert.Equal("重庆市人民政府外事办公室关于2020年度法治政府建设情况的报告", page.Find("h1")!.TextContent);
        var description = page.Find("meta[name=description]")!.GetAttribute("content")!;
        Assert.Equal(description, page.Find("table.metadata tr:last-child td")!.TextContent); // 内容概述
    }

    [Theory]
    [InlineData("/feed.atom", "application/atom+xml")]
    [InlineData("/sitemap.xml", "application/xml")]
    [InlineData("/robots.txt", "text/plain")]
    public async Task Feeds_and_discovery_files_are_served_to_anonymous_visitors(string url, string mediaType)
    {
        using var client = portal.CreatePortalClient();

        var response = await client.GetAsync(url, followRedirects: false);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
    }

    [Fact]
    public async Task The_home_page_shows_the_latest_reports_a_search_box_and_the_staff_sign_in()
    {
        using var client = portal.CreatePortalClient();

        var page = await client.GetPageAsync("/");

        var latest = page.Document.QuerySelectorAll("#latest-heading ~ ol.publications li .title a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(5, latest.Count); // the current version of each public report
        Assert.Equal($"/publications/{portal.Reports.Heze2024Corrected}", latest[0]); // the correction of 2025-04-10 is the newest
        Assert.NotNull(page.Find("form[role=search] input[name=q]"));
        Assert.Equal("/Account/Login", page.Document.QuerySelectorAll("a").Single(a => a.TextContent == "工作人员登录").GetAttribute("href"));
    }

    [Fact]
    public async Task A_signed_in_user_finds_their_work_links_on_the_home_page()
    {
        using var client = await portal.SignedInAsync("filer");

        var page = await client.GetPageAsync("/");

        var work = page.Document.QuerySelectorAll("#staff-heading ~ ul a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/Reports", work);
        Assert.Contains("/Account/ChangePassword", work);
        Assert.DoesNotContain(page.Document.QuerySelectorAll("a"), a => a.TextContent == "工作人员登录");
    }
}
