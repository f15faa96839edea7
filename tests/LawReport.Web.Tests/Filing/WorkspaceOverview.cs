using System.Net;
using LawReport.Domain.Common;
using LawReport.Domain.Cycles;
using LawReport.Domain.Reports;
using LawReport.Tests.Shared;
using LawReport.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Tests.Filing;

/// <summary>工作台: this cycle's report and status, both deadlines, why it came back, and past years.</summary>
public class WorkspaceOverview(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static DateOnly Today => TimeProvider.System.ChinaToday();

    [Fact]
    public async Task A_cycle_without_a_report_offers_the_filer_to_start_with_the_days_left()
    {
        var year = await SetCurrentCycleAsync(Today.AddDays(10), Today.AddDays(40));
        using var filer = await portal.SignedInAsync("filer");

        var page = await filer.GetPageAsync("/Workspace");

        var card = page.Find($"#cycle-{year}")!.ParentElement!;
        Assert.Contains("尚未开始", card.TextContent);
        Assert.Equal($"/Reports/Start?year={year}", card.QuerySelector("a.button.primary")!.GetAttribute("href"));
        var deadlines = card.QuerySelectorAll(".deadlines tbody td:last-child").Select(c => c.TextContent).ToList();
        Assert.Equal(["还有10天", "还有40天"], deadlines);
    }

    [Fact]
    public async Task A_late_report_shows_the_days_late_and_a_returned_one_the_reviewers_reason()
    {
        await portal.OpenCycleAsync(2017);
        var id = await portal.AddOwnReportAsync(2017, ReportStatus.Returned);
        using var filer = await portal.SignedInAsync("filer");

        var card = (await filer.GetPageAsync("/Workspace")).Find("#cycle-2017")!.ParentElement!;

        // Signed off (sent to the city) on 2026-02-01 by the seeding: years after the 2018-03-01 deadline.
        Assert.Contains("已于2月1日报送，逾期", card.QuerySelectorAll(".deadlines td")[1].TextContent);
        Assert.Contains($"已逾期{Today.DayNumber - ReportingCycle.DefaultPublicationDeadline(2017).DayNumber}天", card.QuerySelectorAll(".deadlines td")[3].TextContent);
        Assert.Contains("请补充第二部分。", card.QuerySelector(".returned")!.TextContent);
        Assert.Contains("已退回", card.QuerySelector(".status")!.TextContent);
        Assert.NotNull(card.QuerySelector($"a[href='/Reports/Edit/{id}']"));
    }

    [Fact]
    public async Task Reports_of_years_without_an_open_cycle_are_listed_as_past_years()
    {
        await portal.AddOwnReportAsync(2012, ReportStatus.Published);
        using var filer = await portal.SignedInAsync("filer");

        var page = await filer.GetPageAsync("/Workspace");

        Assert.Contains(page.Document.QuerySelectorAll("#past-heading + table tbody tr"), row => row.TextContent.Contains("2012") && row.TextContent.Contains("已公开"));
    }

    [Fact]
    public async Task The_head_sees_the_workspace_without_the_filers_buttons()
    {
        await SetCurrentCycleAsync(Today.AddDays(5), Today.AddDays(30));
        using var lead = await portal.SignedInAsync("lead");

        var page = await lead.GetPageAsync("/Workspace");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.DoesNotContain(page.Document.QuerySelectorAll("a"), a => a.TextContent is "开始填报" or "继续填写");
    }

    [Theory]
    [InlineData("reviewer")]
    [InlineData("sysadmin")]
    public async Task People_outside_a_bureau_are_refused(string user)
    {
        using var client = await portal.SignedInAsync(user);

        var response = await client.GetAsync("/Workspace", followRedirects: false);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_navigation_links_the_workspace_for_bureau_staff_only()
    {
        using var filer = await portal.SignedInAsync("filer");
        using var reviewer = await portal.SignedInAsync("reviewer");

        Assert.NotNull((await filer.GetPageAsync("/")).Find("nav.site-nav a[href='/Workspace']"));
        Assert.Null((await reviewer.GetPageAsync("/")).Find("nav.site-nav a[href='/Workspace']"));
    }

    /// <summary>Sets the deadlines of the demo's current cycle (the one opened at seeding) and returns its year.</summary>
    private Task<int> SetCurrentCycleAsync(DateOnly submission, DateOnly publication) =>
        portal.WithDbAsync(async (db, _) =>
        {
            var cycle = await db.ReportingCycles.SingleAsync(c => c.Year == TimeProvider.System.ChinaToday().Year);
            cycle.SetDeadlines(submission, publication);
            await db.SaveChangesAsync();
            return cycle.Year;
        });
}
