using System.Net;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Seeding;
using LawReport.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static LawReport.Web.Tests.Review.ReviewSteps;

namespace LawReport.Web.Tests.Review;

/// <summary>With Workflow:PublishedBy = Reviewer the city office publishes and the bureau head reads only.</summary>
public class PublishingByTheCityOffice(PublishingByTheCityOffice.Portal portal) : IClassFixture<PublishingByTheCityOffice.Portal>
{
    public sealed class Portal : PortalFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Workflow:PublishedBy", "Reviewer")];
    }

    [Fact]
    public async Task The_reviewer_publishes_and_the_head_is_refused()
    {
        await portal.WithDbAsync(async db =>
        {
            var bureau = await db.Bureaus.SingleAsync(b => b.FullName == DemoData.FilerBureau);
            bureau.Update(bureau.FullName, bureau.ShortName, "009876543", bureau.City, bureau.Category, bureau.DefaultAddressee);
            await db.SaveChangesAsync();
        });
        var id = await portal.AddReportAsync(DemoData.FilerBureau, 2061, ReportStatus.Approved, Content(DemoData.FilerBureau, 2061));
        using var lead = await portal.SignedInAsync("lead");
        using var reviewer = await portal.SignedInAsync("reviewer");

        var leadsView = await lead.GetPageAsync($"/Publishing/Report/{id}");
        var token = leadsView.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var leadsTry = await lead.PostAsync($"/Publishing/Report/{id}?handler=Publish", [new("Version", (await portal.ReportAsync(id)).Version.ToString()), new("__RequestVerificationToken", token)]);
        var page = await reviewer.GetPageAsync($"/Publishing/Report/{id}");
        var published = await reviewer.SubmitAsync(page.Form("form[action*='handler=Publish']"));

        Assert.Null(leadsView.Find("form[action*='handler=Publish']"));
        Assert.Equal(HttpStatusCode.Forbidden, leadsTry.StatusCode);
        Assert.Contains("已公开发布，索引号 009876543/", published.Text);
        Assert.Equal("王芳", (await portal.WithDbAsync((db, _) => db.Publications.SingleAsync(p => p.ReportId == id))).PublishedByName);
    }
}
