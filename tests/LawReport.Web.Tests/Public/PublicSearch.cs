using System.Net;
using LawReport.Web.Tests.Support;

namespace LawReport.Web.Tests.Public;

/// <summary>Search over the title and full text of the published reports, with the matching passage shown.</summary>
public class PublicSearch(PublishedReportsPortal portal) : IClassFixture<PublishedReportsPortal>
{
    private PublishedReports Reports => portal.Reports;

    [Fact]
    public async Task A_two_character_word_is_found_and_marked_in_the_passage()
    {
        using var client = portal.CreatePortalClient();

        var page = await client.GetPageAsync("/search?q=" + Uri.EscapeDataString("普法"));

        var results = Results(page);
        // 普法 occurs in every seed report; each current version is found once.
        Assert.Equal(
            new[] { Reports.Chongqing2020, Reports.Changzhou2021, Reports.Beijing2023, Reports.Heze2024Corrected, Reports.Shanghai2020 }.Order(),
            results.Select(r => r.Id).Order());
        Assert.All(results, r => Assert.Equal("普法", r.Marks.Distinct().Single()));
        Assert.Contains("找到 5 份包含“普法”的报告", page.Find("#results-heading")!.TextContent);
    }

    [Fact]
    public async Task The_passage_is_a_window_of_the_paragraph_around_the_hit()
    {
        using var client = portal.CreatePortalClient();

        var page = await client.GetPageAsync("/search?q=" + Uri.EscapeDataString("领事保护"));

        var chongqing = Results(page).Single(r => r.Id == Reports.Chongqing2020);
        Assert.Contains("领事保护", chongqing.Marks);
        Assert.InRange(chongqing.Passage.Trim('…').Length, 20, 110);
        Assert.Contains(chongqing.Passage.Trim('…'), SeedText("001"));
    }

    [Fact]
    public async Task A_word_typed_in_simplified_characters_finds_a_report_written_in_traditional_ones()
    {
        using var client = portal.CreatePortalClient();

        var page = await client.GetPageAsync("/search?q=" + Uri.EscapeDataString("复议"));

        var result = Assert.Single(Results(page));
        Assert.Equal(Reports.Beijing2023, result.Id);
        Assert.Equal(["復議"], result.Marks);
    }

    [Fact]
    public async Task Every_word_of_the_query_must_occur()
    {
        using var client = portal.CreatePortalClient();

        var both = Results(await client.GetPageAsync("/search?q=" + Uri.EscapeDataString("领事保护 普法"))).Select(r => r.Id).ToList();
        var none = await client.GetPageAsync("/search?q=" + Uri.EscapeDataString("领事保护 量子计算"));

        Assert.Contains(Reports.Chongqing2020, both);
        Assert.DoesNotContain(Reports.Shanghai2020, both); // Shanghai's report never mentions 领事保护
        Assert.Empty(Results(none));
        Assert.Contains("没有找到包含“领事保护 量子计算”的公开报告", none.Text);
    }

    [Fact]
    public async Task A_word_in_the_title_is_found_and_such_reports_come_first()
    {
        using var client = portal.CreatePortalClient();

        var results = Results(await client.GetPageAsync("/search?q=" + Uri.EscapeDataString("北京市")));

        Assert.Equal(Reports.Beijing2023, results[0].Id);
    }

    [Theory]
    [InlineData("", "请输入要检索的词语。")]
    [InlineData("   ", "请输入要检索的词语。")]
    [InlineData("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一", "检索词不能超过40个字符。")]
    [InlineData("甲 乙 丙 丁 戊 己", "最多同时检索5个词语，请用空格分开。")]
    public async Task A_query_that_cannot_be_searched_gets_a_chinese_explanation(string query, string error)
    {
        using var client = portal.CreatePortalClient();

        var page = await client.GetPageAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(error, page.Find("#q-error")!.TextContent);
        Assert.Equal("true", page.Find("#q")!.GetAttribute("aria-invalid"));
        Assert.Null(page.Find("#results-heading"));
    }

    [Fact]
    public async Task The_query_is_shown_back_as_text_never_as_markup()
    {
        using var client = portal.CreatePortalClient();

        var page = await client.GetPageAsync("/search?q=" + Uri.EscapeDataString("<b>普法</b>"));

        Assert.Null(page.Find("main b"));
        Assert.Contains("<b>普法</b>", page.Find("#results-heading")!.TextContent);
        Assert.Equal("<b>普法</b>", page.Find("#q")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_page_number_beyond_the_results_shows_the_last_page()
    {
        using var client = portal.CreatePortalClient();

        var page = await client.GetPageAsync("/search?q=" + Uri.EscapeDataString("普法") + "&page=99");

        Assert.Equal(5, Results(page).Count);
    }

    private static string SeedText(string prefix) =>
        string.Concat(File.ReadAllText(LawReport.Tests.Shared.RepositoryPaths.Seed(prefix)).Where(c => !char.IsWhiteSpace(c)));

    private static List<(int Id, string Passage, List<string> Marks)> Results(PortalPage page) =>
        page.Document.QuerySelectorAll("ol.results > li")
            .Select(li => (
                PublishedReports.IdIn(li.QuerySelector(".title a")!.GetAttribute("href")!),
                li.QuerySelector(".passage")!.TextContent,
                li.QuerySelectorAll(".passage mark").Select(m => m.TextContent).ToList()))
            .ToList();
}
