using System.Net;
using LawReport.Domain.Common;
using LawReport.Web.Pages.Public;
using LawReport.Web.Tests.Support;

namespace LawReport.Web.Tests.Public;

/// <summary>The public timeliness board: per reporting cycle, who published by the deadline, who late, who not yet.</summary>
public class TimelinessBoard(PublishedReportsPortal portal) : IClassFixture<PublishedReportsPortal>
{
    private static DateOnly Today => TimeProvider.System.ChinaToday();

    [Fact]
    public async Task Bureaus_that_published_by_the_deadline_are_on_time_and_the_others_overdue()
    {
        using var client = portal.CreatePortalClient();

        var board = await BoardAsync(client, "/timeliness/2020");

        Assert.Equal(("按时公开", "2021年3月25日公开"), board[PublishedReports.Chongqing]);
        Assert.Equal(("按时公开", "2020年12月1日公开"), board[PublishedReports.Shanghai]); // archived: by its 公开日期
        var overdue = Today.DayNumber - new DateOnly(2021, 4, 1).DayNumber;
        Assert.Equal(("逾期未公开", $"已逾期{overdue}天"), board[PublishedReports.Beijing]);
    }

    [Fact]
    public async Task A_bureau_that_published_after_the_deadline_is_late_by_so_many_days()
    {
        using var client = portal.CreatePortalClient();

        var board = await BoardAsync(client, "/timeliness/2021");

        Assert.Equal(("逾期公开", "2022年4月8日公开，逾期7天"), board[PublishedReports.Changzhou]);
    }

    [Fact]
    public async Task A_corrected_report_counts_from_its_first_publication_and_links_to_the_current_version()
    {
        using var client = portal.CreatePortalClient();

        var page = await client.GetPageAsync("/timeliness/2024");

        var row = Row(page, PublishedReports.Heze);
        Assert.Equal("按时公开", row.QuerySelector(".status")!.TextContent);
        Assert.Equal($"/publications/{portal.Reports.Heze2024Corrected}", row.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_withdrawn_report_does_not_count_as_published()
    {
        using var client = portal.CreatePortalClient();

        var board = await BoardAsync(client, "/timeliness/2023");

        Assert.Equal("逾期未公开", board[PublishedReports.Changzhou].Status);
        Assert.Equal("按时公开", board[PublishedReports.Beijing].Status);
    }

    [Fact]
    public async Task Before_the_deadline_bureaus_that_have_not_published_are_not_yet_due()
    {
        using var client = portal.CreatePortalClient();
        var current = await portal.WithDbAsync((db, _) => Task.FromResult(db.ReportingCycles.Max(c => c.Year)));

        var board = await BoardAsync(client, $"/timeliness/{current}");

        Assert.All(board.Values, e => Assert.Equal("尚未公开", e.Status));
    }

    [Fact]
    public async Task The_board_counts_each_status_and_lists_late_bureaus_first()
    {
        using var client = portal.CreatePortalClient();

        var page = await client.GetPageAsync("/timeliness/2020");

        Assert.Equal(["2", "0", "3", "0"], page.Document.QuerySelectorAll(".tally strong").Select(s => s.TextContent));
        var statuses = page.Document.QuerySelectorAll("table.timeliness tbody .status").Select(s => s.TextContent).ToList();
        Assert.Equal(["逾期未公开", "逾期未公开", "逾期未公开", "按时公开", "按时公开"], statuses);
        Assert.Contains("2021年4月1日", page.Find(".lead")!.TextContent);
    }

    [Fact]
    public async Task A_year_without_a_reporting_cycle_has_no_board()
    {
        using var client = portal.CreatePortalClient();

        var response = await client.GetAsync("/timeliness/1999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<Dictionary<string, (string Status, string Detail)>> BoardAsync(PortalClient client, string url)
    {
        var page = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Document.QuerySelectorAll("table.timeliness tbody tr").ToDictionary(
            r => r.QuerySelector("th")!.TextContent,
            r => (r.QuerySelector(".status")!.TextContent, r.QuerySelectorAll("td")[2].TextContent.Split('·')[0].Trim()));
    }

    private static AngleSharp.Dom.IElement Row(PortalPage page, string bureau) =>
        page.Document.QuerySelectorAll("table.timeliness tbody tr").Single(r => r.QuerySelector("th")!.TextContent == bureau);
}

/// <summary>The judgement itself, on fixed dates.</summary>
public class TimelinessJudgement
{
    private static readonly DateOnly Deadline = new(2025, 4, 1);

    private static readonly PublicationTimeliness.Expected[] Bureaus =
    [
        new(1, "甲局", "市政府工作部门"),
        new(2, "乙局", "市政府工作部门"),
        new(3, "丙局", "市政府工作部门"),
        new(4, "丁局", "区县政府"),
    ];

    [Fact]
    public void Publishing_on_the_deadline_day_is_on_time_and_the_day_after_is_one_day_late()
    {
        var entries = PublicationTimeliness.Judge(Deadline, new DateOnly(2025, 6, 1), Bureaus[..2], [new(1, Deadline, 11), new(2, Deadline.AddDays(1), 12)]);

        var onTime = entries.Single(e => e.BureauId == 1);
        var late = entries.Single(e => e.BureauId == 2);
        Assert.Equal((TimelinessStatus.OnTime, 0, 11), (onTime.Status, onTime.Days, onTime.PublicationId!.Value));
        Assert.Equal((TimelinessStatus.Late, 1), (late.Status, late.Days));
        Assert.Equal("2025年4月2日公开，逾期1天", late.Detail);
    }

    [Fact]
    public void Not_publishing_is_overdue_after_the_deadline_and_not_yet_due_until_it()
    {
        var after = PublicationTimeliness.Judge(Deadline, new DateOnly(2025, 4, 11), Bureaus[..1], []).Single();
        var on = PublicationTimeliness.Judge(Deadline, Deadline, Bureaus[..1], []).Single();
        var before = PublicationTimeliness.Judge(Deadline, new DateOnly(2025, 3, 30), Bureaus[..1], []).Single();

        Assert.Equal((TimelinessStatus.Overdue, 10, "已逾期10天"), (after.Status, after.Days, after.Detail));
        Assert.Equal((TimelinessStatus.NotYetDue, "今天截止"), (on.Status, on.Detail));
        Assert.Equal((TimelinessStatus.NotYetDue, "距截止还有2天"), (before.Status, before.Detail));
    }

    [Fact]
    public void Overdue_bureaus_come_first_then_the_late_then_the_rest_by_category_and_pinyin()
    {
        var entries = PublicationTimeliness.Judge(
            Deadline, new DateOnly(2025, 5, 1), Bureaus, [new(2, Deadline.AddDays(3), 12), new(4, Deadline.AddDays(-3), 14)]);

        Assert.Equal([3, 1, 2, 4], entries.Select(e => e.BureauId)); // 丙 (bǐng) before 甲 (jiǎ)
        Assert.Equal([TimelinessStatus.Overdue, TimelinessStatus.Overdue, TimelinessStatus.Late, TimelinessStatus.OnTime], entries.Select(e => e.Status));
    }
}
