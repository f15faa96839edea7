using AngleSharp.Html.Dom;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Seeding;
using LawReport.Tests.Shared;
using LawReport.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static LawReport.Web.Tests.Review.ReviewSteps;

namespace LawReport.Web.Tests.Review;

/// <summary>The header's unread count, the list, and opening a notification where the user can act.</summary>
public class NotificationPages(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_submission_shows_in_the_heads_badge_and_opens_the_sign_off_page()
    {
        var id = await portal.AddReportAsync(DemoData.FilerBureau, 2041, ReportStatus.Draft, Content(DemoData.FilerBureau, 2041));
        var filer = await portal.ActorAsync("filer", "张伟");
        await portal.ChangeAsync(id, report => report.SubmitForSignOff(filer, DateTimeOffset.UtcNow));
        using var lead = await portal.SignedInAsync("lead");

        var home = await lead.GetPageAsync("/");
        var list = await lead.GetPageAsync("/Notifications");
        var item = list.Document.QuerySelectorAll(".notifications li.unread").Single(li => li.TextContent.Contains("2041年度"));
        var opened = await lead.SubmitAsync((IHtmlFormElement)item.QuerySelector("form")!);

        Assert.Matches(@"^通知\s*\d+（\d+条未读）\s*$", home.Find(".notification-link")!.TextContent);
        Assert.Contains("已由张伟提交，等待您签发。", item.TextContent);
        Assert.Equal($"/SignOff/Report/{id}", opened.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.True(await portal.WithDbAsync((db, _) => db.Notifications.Where(n => n.ReportId == id).AllAsync(n => n.ReadAt != null)));
    }

    [Fact]
    public async Task Marking_all_read_clears_the_badge_and_nobody_else_s_notifications()
    {
        var id = await portal.AddReportAsync(DemoData.FilerBureau, 2042, ReportStatus.AwaitingSignOff);
        await portal.ChangeAsync(id, report => report.SignOff(ReportStates.Lead, DateTimeOffset.UtcNow));
        using var reviewer = await portal.SignedInAsync("reviewer");
        var list = await reviewer.GetPageAsync("/Notifications");

        var cleared = await reviewer.SubmitAsync(list.Form("form[action*='handler=ReadAll']"));

        Assert.Contains("全部通知已标为已读", cleared.Text);
        Assert.Null(cleared.Find(".notification-link .badge"));
        var filerId = await portal.UserIdAsync("filer");
        Assert.True(await portal.WithDbAsync((db, _) => db.Notifications.AnyAsync(n => n.UserId == filerId && n.ReportId == id && n.ReadAt == null)));
    }

    [Fact]
    public async Task Nobody_opens_another_user_s_notification()
    {
        var id = await portal.AddReportAsync(DemoData.FilerBureau, 2043, ReportStatus.AwaitingSignOff);
        await portal.ChangeAsync(id, report => report.SignOff(ReportStates.Lead, DateTimeOffset.UtcNow));
        var reviewerId = await portal.UserIdAsync("reviewer");
        var theirs = await portal.WithDbAsync((db, _) => db.Notifications.FirstAsync(n => n.UserId == reviewerId && n.ReportId == id));
        using var filer = await portal.SignedInAsync("filer");
        var page = await filer.GetPageAsync("/Notifications");
        var token = page.Document.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value")
            ?? (await filer.GetPageAsync("/Account/ChangePassword")).Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        var response = await filer.PostAsync($"/Notifications?id={theirs.Id}&handler=Open", [new("__RequestVerificationToken", token)]);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null((await portal.WithDbAsync((db, _) => db.Notifications.SingleAsync(n => n.Id == theirs.Id))).ReadAt);
    }
}
