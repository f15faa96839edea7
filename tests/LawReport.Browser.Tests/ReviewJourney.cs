using LawReport.Domain.Common;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Seeding;
using LawReport.Web.Tests.Review;
using LawReport.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LawReport.Browser.Tests;

/// <summary>
/// The road from a filed report to a published one, in a real browser: the head signs off, the
/// reviewer returns it with two points, the filer revises two parts, answers both points and resubmits,
/// the head signs off again, the reviewer reads the comparison and approves, the head publishes. Only the
/// first draft's text is put in through the domain (FilingJourney writes one through the pages). The
/// screenshots illustrate docs/user-guide.md.
/// </summary>
public class ReviewJourney(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [BrowserFact]
    public async Task A_report_goes_from_sign_off_through_a_return_and_a_resubmission_to_publication()
    {
        var year = TimeProvider.System.ChinaToday().Year;
        var id = await DraftAsync(year);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserTier.LaunchAsync(playwright);

        // The filer checks the draft and submits it for sign-off.
        var filer = await SignInAsync(browser, "filer");
        await SubmitForSignOffAsync(filer, id);

        // The head reads the report and signs it off.
        var lead = await SignInAsync(browser, "lead");
        Assert.Contains("1条未读", await lead.Locator(".notification-link").InnerTextAsync());
        await lead.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "签发" }).ClickAsync();
        await lead.GetByRole(AriaRole.Link, new() { Name = $"{DemoData.FilerBureau}{year}年度法治政府建设情况报告" }).ClickAsync();
        await lead.GetByLabel("签发意见（可不填）").FillAsync("同意报送。");
        await BrowserTier.ScreenshotAsync(lead, "review-signoff");
        await lead.GetByRole(AriaRole.Button, new() { Name = "签发并报送" }).ClickAsync();
        Assert.Contains("已签发，报告已报送依法治市办。", await lead.Locator(".notice").InnerTextAsync());

        // The reviewer takes it up from the queue, comments on two sections and returns it.
        var reviewer = await SignInAsync(browser, "reviewer");
        await reviewer.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "审核", Exact = true }).ClickAsync();
        await BrowserTier.ScreenshotAsync(reviewer, "review-queue");
        await reviewer.Locator("#queue").GetByRole(AriaRole.Link).First.ClickAsync();
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "开始审核" }).ClickAsync();
        await AddPointAsync(reviewer, 2, "过于简单，请如实分析存在的不足及其原因。");
        await AddPointAsync(reviewer, 3, "请写明主要负责人履行第一责任人职责的具体情况。");
        await reviewer.GetByLabel("总体意见（必填）").FillAsync("请按退回意见修改后重新报送。");
        await BrowserTier.ScreenshotAsync(reviewer.Locator("#section-2"), "review-points");
        await BrowserTier.ScreenshotAsync(reviewer.Locator(".decision"), "review-decision");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "退回修改" }).ClickAsync();
        Assert.Contains("报告已退回修改", await reviewer.Locator(".notice").InnerTextAsync());

        // The filer revises the two parts, answers both points and submits again; the head signs off again.
        await filer.GotoAsync($"{portal.BaseUrl}/Reports/Edit/{id}");
        Assert.Contains("请按退回意见修改后重新报送。", await filer.Locator("main").InnerTextAsync());
        await BrowserSteps.WriteAsync(filer, portal.BaseUrl, $"/Reports/Section/{id}/2", "部分工作人员法治素养有待提高，专业力量不足，原因是培训不够系统。");
        await BrowserSteps.WriteAsync(filer, portal.BaseUrl, $"/Reports/Section/{id}/3", "办党组书记、主任王明同志认真履行第一责任人职责，全年主持召开专题会议4次，研究部署法治政府建设工作。");
        await AnswerAsync(filer, id, 1, "已补充存在的不足及原因分析。");
        await AnswerAsync(filer, id, 2, "已补充主要负责人履职情况。");
        await SubmitForSignOffAsync(filer, id);
        await lead.GotoAsync($"{portal.BaseUrl}/SignOff/Report/{id}");
        Assert.Contains("答复：已补充存在的不足及原因分析。", await lead.Locator("#points-heading + ol").InnerTextAsync());
        await lead.GetByRole(AriaRole.Button, new() { Name = "签发并报送" }).ClickAsync();

        // The reviewer reads what changed, closes the points and approves.
        await reviewer.GotoAsync($"{portal.BaseUrl}/Review/Report/{id}");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "开始审核" }).ClickAsync();
        Assert.Contains("2个部分有修改", await reviewer.Locator("#diff-summary").InnerTextAsync());
        Assert.Contains("专业力量不足", await reviewer.Locator("#section-2 ins").First.InnerTextAsync());
        await BrowserTier.ScreenshotAsync(reviewer.Locator("#diff-summary"), "review-diff-summary");
        await BrowserTier.ScreenshotAsync(reviewer.Locator("#section-2"), "review-diff");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "关闭第1条" }).ClickAsync();
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "关闭第2条" }).ClickAsync();
        await reviewer.GetByLabel("审核意见（可不填）").FillAsync("同意。");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "审核通过" }).ClickAsync();
        Assert.Contains("报告已审核通过", await reviewer.Locator(".notice").InnerTextAsync());
        await reviewer.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "周期看板" }).ClickAsync();
        await BrowserTier.ScreenshotAsync(reviewer, "review-board");

        // The head publishes: index number, PDF and its hash.
        await lead.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "公开发布", Exact = true }).ClickAsync();
        await lead.Locator("main").GetByRole(AriaRole.Link, new() { Name = "公开发布" }).ClickAsync();
        await BrowserTier.ScreenshotAsync(lead, "review-publish");
        await lead.GetByRole(AriaRole.Button, new() { Name = "公开发布" }).ClickAsync();
        Assert.Contains("已公开发布，索引号 009876543/", await lead.Locator(".notice").InnerTextAsync());
        Assert.Contains("现行有效", await lead.Locator("#versions").InnerTextAsync());
        await BrowserTier.ScreenshotAsync(lead, "review-published");
        Assert.Equal(ReportStatus.Published, (await portal.ReportAsync(id)).Status);
    }

    private Task<IPage> SignInAsync(IBrowser browser, string user) => BrowserSteps.SignedInPageAsync(browser, portal.BaseUrl, user);

    private static async Task AddPointAsync(IPage page, int section, string text)
    {
        var part = page.Locator($"#section-{section}");
        await part.GetByRole(AriaRole.Textbox).FillAsync(text);
        await part.GetByRole(AriaRole.Button, new() { Name = "添加意见" }).ClickAsync();
        Assert.Contains(text, await page.Locator($"#section-{section} .points").InnerTextAsync());
    }

    /// <summary>The demo bureau's draft for the year, every part written, the problems part thin.</summary>
    private async Task<int> DraftAsync(int year)
    {
        await portal.WithDbAsync(async db =>
        {
            var bureau = await db.Bureaus.SingleAsync(b => b.FullName == DemoData.FilerBureau);
            bureau.Update(bureau.FullName, bureau.ShortName, "009876543", bureau.City, bureau.Category, bureau.DefaultAddressee);
            await db.SaveChangesAsync();
        });
        var content = ReviewSteps.Content(DemoData.FilerBureau, year);
        content = content with
        {
            Sections = [.. content.Sections.Select((s, i) => i == 1 ? s with { Items = [new ReportItemContent(null, "暂未发现突出问题。")] } : s)],
        };
        return await portal.AddReportAsync(DemoData.FilerBureau, year, ReportStatus.Draft, content);
    }

    private async Task SubmitForSignOffAsync(IPage filer, int id)
    {
        await filer.GotoAsync($"{portal.BaseUrl}/Reports/Submit/{id}");
        await Expect(filer.Locator(".ok")).ToContainTextAsync("检查通过");
        await filer.GetByRole(AriaRole.Button, new() { Name = "提交单位负责人签发" }).ClickAsync();
        await Expect(filer.Locator("h1 .status")).ToHaveTextAsync("待签发");
    }

    private async Task AnswerAsync(IPage filer, int id, int point, string answer)
    {
        await filer.GotoAsync($"{portal.BaseUrl}/Reports/Edit/{id}");
        var form = filer.Locator(".answer-form").Filter(new() { Has = filer.Locator($"#answer-{point}") });
        await form.Locator($"#answer-{point}").FillAsync(answer);
        await form.GetByRole(AriaRole.Button, new() { Name = "保存答复" }).ClickAsync();
        await Expect(filer.Locator("main")).ToContainTextAsync(answer);
    }
}
