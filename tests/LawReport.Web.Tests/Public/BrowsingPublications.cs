using System.Net;
using LawReport.Domain.Reports;
using LawReport.Web.Tests.Support;

namespace LawReport.Web.Tests.Public;

/// <summary>The list of published reports: browsed by year, bureau, city and category, sorted by date published.</summary>
public class BrowsingPublications(PublishedReportsPortal portal) : IClassFixture<PublishedReportsPortal>
{
    private PublishedReports Reports => portal.Reports;

    [Fact]
    public async Task The_list_shows_the_current_version_of_each_report_newest_first()
    {
        using var client = portal.CreatePortalClient();

        var page = await client.GetPageAsync("/publications");

        Assert.Equal([Reports.Heze2024Corrected, Reports.Beijing2023, Reports.Changzhou2021, Reports.Chongqing2020, Reports.Shanghai2020], Ids(page));
        Assert.Equal("共 5 份报告", page.Find(".result-count")!.TextContent);
    }

    [Fact]
    public async Task Sorting_oldest_first_reverses_the_order()
    {
        using var client = portal.CreatePortalClient();

        var page = await client.GetPageAsync("/publications?sort=oldest");

        Assert.Equal([Reports.Shanghai2020, Reports.Chongqing2020, Reports.Changzhou2021, Reports.Beijing2023, Reports.Heze2024Corrected], Ids(page));
        Assert.Equal("oldest", page.Find("#sort option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_year_shows_the_reports_on_that_year_only()
    {
        using var client = portal.CreatePortalClient();

        var page = await client.GetPageAsync("/publications?year=2020");

        Assert.Equal([Reports.Chongqing2020, Reports.Shanghai2020], Ids(page));
        Assert.Equal("公开报告：2020年度", page.Find("h1")!.TextContent);
        Assert.Equal("2020", page.Find("#year option[selected]")!.GetAttribute("value"));
        Assert.Equal(["2024", "2023", "2021", "2020"], page.Document.QuerySelectorAll("#year option").Skip(1).Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public async Task Filters_combine_bureau_city_and_category()
    {
        using var client = portal.CreatePortalClient();
        var beijing = await portal.WithDbAsync((db, _) => Task.FromResult(db.Bureaus.Single(b => b.FullName == PublishedReports.Beijing).Id));

        var byBureau = await client.GetPageAsync($"/publications?bureau={beijing}");
        var byCity = await client.GetPageAsync("/publications?city=" + Uri.EscapeDataString("菏泽市"));
        var byCategory = await client.GetPageAsync("/publications?category=" + Uri.EscapeDataString("市政府工作部门") + "&year=2021");
        var nothing = await client.GetPageAsync("/publications?city=" + Uri.EscapeDataString("菏泽市") + "&year=2020");

        Assert.Equal([Reports.Beijing2023], Ids(byBureau));
        Assert.Equal([Reports.Heze2024Corrected], Ids(byCity));
        Assert.Equal([Reports.Changzhou2021], Ids(byCategory));
        Assert.Empty(Ids(nothing));
        Assert.Contains("没有符合条件的公开报告", nothing.Text);
    }

    [Theory]
    [InlineData("/publications?year=abc")]
    [InlineData("/publications?bureau=%E4%B8%80&page=x")]
    [InlineData("/publications?page=-5")]
    [InlineData("/publications?sort=sideways")]
    public async Task Values_that_make_no_sense_are_ignored(string url)
    {
        using var client = portal.CreatePortalClient();

        var page = await client.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(5, Ids(page).Count);
    }

    private static List<int> Ids(PortalPage page) =>
        page.Document.QuerySelectorAll("main ol.publications li .title a")
            .Select(a => PublishedReports.IdIn(a.GetAttribute("href")!))
            .ToList();
}

/// <summary>Twenty reports a page, with previous and next links that keep the filters.</summary>
public class PagingPublications(PagingPublications.Portal portal) : IClassFixture<PagingPublications.Portal>
{
    /// <summary>Twenty-five archived reports: the five bureaus, 2019 to 2023.</summary>
    public sealed class Portal : PortalFactory
    {
        protected override async Task SeedAsync()
        {
            var bureaus = await WithDbAsync((db, _) => Task.FromResult(db.Bureaus.Select(b => b.FullName).ToList()));
            var day = new DateOnly(2020, 1, 1);
            foreach (var year in Enumerable.Range(2019, 5))
            {
                foreach (var bureau in bureaus)
                {
                    day = day.AddDays(3);
                    await this.ArchiveAsync(bureau, year, ReportTemplate.Standard(bureau, "市委、市政府", year) with { Preamble = "依法行政。" }, day);
                }
            }
        }
    }

    [Fact]
    public async Task The_list_is_paged_and_the_pages_together_hold_every_report_once()
    {
        using var client = portal.CreatePortalClient();

        var first = await client.GetPageAsync("/publications");
        var next = first.Find(".pager a[rel=next]")!.GetAttribute("href")!;
        var second = await client.GetPageAsync(next);

        Assert.Equal(20, Titles(first).Count);
        Assert.Equal(5, Titles(second).Count);
        Assert.Empty(Titles(first).Intersect(Titles(second)));
        Assert.Equal("第 1 页，共 2 页", first.Find(".pager [aria-current=page]")!.TextContent);
        Assert.Null(second.Find(".pager a[rel=next]"));
        Assert.Equal("/publications", second.Find(".pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("公开报告（第2页） — 法治政府建设年度报告平台", second.Title);
    }

    [Fact]
    public async Task Paging_keeps_the_filters()
    {
        using var client = portal.CreatePortalClient();

        var page = await client.GetPageAsync("/publications?sort=oldest&year=2021&page=1");

        Assert.Equal(5, Titles(page).Count);
        Assert.Null(page.Find(".pager"));
        var all = await client.GetPageAsync("/publications?sort=oldest");
        Assert.Equal("/publications?sort=oldest&page=2", all.Find(".pager a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_page_beyond_the_last_shows_the_last()
    {
        using var client = portal.CreatePortalClient();

        var page = await client.GetPageAsync("/publications?page=99");

        Assert.Equal(5, Titles(page).Count);
    }

    [Fact]
    public async Task Search_results_are_paged_ten_at_a_time_keeping_the_query()
    {
        using var client = portal.CreatePortalClient();

        var first = await client.GetPageAsync("/search?q=" + Uri.EscapeDataString("依法行政"));
        var last = await client.GetPageAsync("/search?q=" + Uri.EscapeDataString("依法行政") + "&page=3");

        Assert.Equal(10, Titles(first).Count);
        Assert.Equal(5, Titles(last).Count);
        Assert.Equal("/search?q=" + Uri.EscapeDataString("依法行政") + "&page=2", first.Find(".pager a[rel=next]")!.GetAttribute("href"));
        Assert.Contains("找到 25 份", first.Find("#results-heading")!.TextContent);
    }

    private static List<string> Titles(PortalPage page) =>
        page.Document.QuerySelectorAll("main ol.publications li .title a").Select(a => a.GetAttribute("href")!).ToList();
}
