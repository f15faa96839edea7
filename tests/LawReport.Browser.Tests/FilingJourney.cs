using System.Text.RegularExpressions;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Seeding;
using LawReport.Tests.Shared;
using LawReport.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LawReport.Browser.Tests;

/// <summary>
/// The filer's journey in a real browser, with the editor script: start the year's report, write, find the
/// text again after a reload, submit it; text typed after the session ended comes back after signing in;
/// items move with the keyboard; a conflict leads to both versions. Saves the user guide's screenshots
/// (docs/screenshots/filing-*.png with LAWREPORT_UPDATE_SCREENSHOTS=1).
/// </summary>
public class FilingJourney(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [BrowserFact]
    public async Task The_demo_filer_starts_the_report_writes_two_parts_finds_them_after_a_reload_and_submits_it()
    {
        var year = await portal.WithDbAsync((db, _) => db.ReportingCycles.Where(c => c.IsOpen).MaxAsync(c => c.Year));
        await SeedLastYearAsync(year - 1);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserTier.LaunchAsync(playwright);
        var page = await NewPageAsync(browser);
        await SignInAsync(page, "filer");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "工作台" }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("工作台");
        await BrowserTier.ScreenshotAsync(page, "filing-workspace");
        await page.GetByRole(AriaRole.Link, new() { Name = "开始填报" }).ClickAsync();
        await BrowserTier.ScreenshotAsync(page, "filing-start");
        await page.GetByRole(AriaRole.Button, new() { Name = "从标准模板开始" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("概览：标题、主送机关、落款");
        var id = int.Parse(Regex.Match(page.Url, @"/Reports/Edit/(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await BrowserTier.ScreenshotAsync(page, "filing-overview");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "报告各部分" }).GetByRole(AriaRole.Link, new() { Name = $"一、{year}年推进法治政府建设的主要举措和成效" }).ClickAsync();
        const string Heading = "落实去年安排，建成涉外法律服务中心。";
        const string Body = "按照上一年度报告的安排，年内建成涉外法律服务中心，为企业提供咨询120余次。";
        await page.GetByLabel("小标题（可选）").FillAsync(Heading);
        await page.GetByLabel("正文").FillAsync(Body);
        await Expect(page.Locator("[data-section-count]")).ToHaveTextAsync((Heading.Length + Body.Length).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.Locator("#item-1 [data-item-label]")).ToHaveTextAsync("编号（一）");
        await ExpectSavedAsync(page);
        await BrowserTier.ScreenshotAsync(page, "filing-section");

        await page.GetByRole(AriaRole.Link, new() { Name = $"二、{year}年推进法治政府建设存在的不足和原因" }).ClickAsync();
        await page.GetByLabel("正文").FillAsync("一是法治宣传的针对性不够强，原因是对企业需求调研不足。");
        await ExpectSavedAsync(page);
        await page.ReloadAsync();
        await Expect(page.GetByLabel("正文")).ToHaveValueAsync("一是法治宣传的针对性不够强，原因是对企业需求调研不足。");
        await page.GotoAsync($"{portal.BaseUrl}/Reports/Section/{id}/1");
        await Expect(page.GetByLabel("小标题（可选）")).ToHaveValueAsync(Heading);

        await page.GotoAsync($"{portal.BaseUrl}/Reports/Submit/{id}");
        await Expect(page.Locator(".findings li")).ToHaveCountAsync(4);
        await BrowserTier.ScreenshotAsync(page, "filing-check");

        await WriteAsync(page, $"/Reports/Section/{id}/3", "办党组书记、主任王明同志带头学法，主持召开专题会议3次。");
        await WriteAsync(page, $"/Reports/Section/{id}/4", "持续完善涉外法律服务。");
        await WriteAsync(page, $"/Reports/Section/{id}/5", "无其他需要报告的情况。");
        await page.GotoAsync($"{portal.BaseUrl}/Reports/Edit/{id}");
        await page.GetByLabel("成文日期").FillAsync($"{year + 1}-02-20");
        await ExpectSavedAsync(page);

        await page.GotoAsync($"{portal.BaseUrl}/Reports/Submit/{id}");
        await Expect(page.Locator(".ok")).ToContainTextAsync("检查通过");
        await page.GetByLabel("给单位负责人的说明（可选）").FillAsync("请审阅签发。");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交单位负责人签发" }).ClickAsync();
        await Expect(page.Locator("h1 .status")).ToHaveTextAsync("待签发");
        await BrowserTier.ScreenshotAsync(page, "filing-submitted");

        await page.GotoAsync($"{portal.BaseUrl}/Reports/Section/{id}/1");
        await Expect(page.Locator(".notice[role=alert]")).ToContainTextAsync("内容已锁定");
        Assert.Equal(ReportStatus.AwaitingSignOff, await portal.WithDbAsync((db, _) => db.Reports.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
    }

    [BrowserFact]
    public async Task Text_typed_after_the_session_ended_is_kept_in_the_browser_and_offered_back_after_signing_in()
    {
        var id = await portal.AddReportAsync(DemoData.FilerBureau, 2019, ReportStatus.Draft);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserTier.LaunchAsync(playwright);
        var page = await NewPageAsync(browser);
        await SignInAsync(page, "filer");
        await page.GotoAsync($"{portal.BaseUrl}/Reports/Section/{id}/2");

        await page.Context.ClearCookiesAsync(); // the session ends (idle timeout, server restart…)
        await page.GetByLabel("正文").FillAsync("会话过期时输入的文字，不能丢。");
        await Expect(page.Locator("[data-save-status]")).ToContainTextAsync("登录已超时");
        await BrowserTier.ScreenshotAsync(page, "filing-signed-out");

        await page.GetByRole(AriaRole.Link, new() { Name = "重新登录" }).ClickAsync();
        await page.GetByLabel("用户名").FillAsync("filer");
        await page.GetByLabel("密码").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page.Locator(".kept-text")).ToContainTextAsync("尚未保存到服务器的内容");
        await BrowserTier.ScreenshotAsync(page, "filing-restore");
        await page.GetByRole(AriaRole.Button, new() { Name = "恢复这些内容" }).ClickAsync();
        await ExpectSavedAsync(page);

        var saved = await portal.WithDbAsync((db, _) => db.Reports.Where(r => r.Id == id)
            .SelectMany(r => r.Sections).Where(s => s.Order == 2).SelectMany(s => s.Items).Select(i => i.Body).FirstAsync());
        Assert.Equal("会话过期时输入的文字，不能丢。", saved);
        await page.ReloadAsync();
        await Expect(page.Locator(".kept-text")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task Items_move_with_the_keyboard_the_focus_stays_on_the_moved_item_and_leaving_unsaved_changes_warns()
    {
        var content = SampleReports.Complete(DemoData.FilerBureau, "市政府", 2018);
        var id = await portal.AddReportAsync(DemoData.FilerBureau, 2018, ReportStatus.Draft, content with
        {
            Sections = [content.Sections[0] with { Items = [new("甲项工作。", "甲。"), new("乙项工作。", "乙。")] }, .. content.Sections.Skip(1)],
        });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserTier.LaunchAsync(playwright);
        var page = await NewPageAsync(browser);
        await SignInAsync(page, "filer");
        await page.GotoAsync($"{portal.BaseUrl}/Reports/Section/{id}/1");

        await page.GetByRole(AriaRole.Button, new() { Name = "将第1条下移" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("将第2条下移", await page.EvaluateAsync<string>("document.activeElement.getAttribute('aria-label')"));
        await Expect(page.Locator("#Input_Items_0__Heading")).ToHaveValueAsync("乙项工作。");
        await Expect(page.Locator("#item-1 [data-item-label]")).ToHaveTextAsync("编号（一）");
        await ExpectSavedAsync(page);
        var headings = await portal.WithDbAsync((db, _) => db.Reports.Where(r => r.Id == id)
            .SelectMany(r => r.Sections).Where(s => s.Order == 1).SelectMany(s => s.Items).OrderBy(i => i.Order).Select(i => i.Heading).ToListAsync());
        Assert.Equal(["乙项工作。", "甲项工作。"], headings);

        await page.Locator("#Input_Items_1__Body").FillAsync("还没有保存的修改。");
        var warned = new TaskCompletionSource<string>();
        page.Dialog += (_, dialog) =>
        {
            warned.TrySetResult(dialog.Type);
            _ = dialog.DismissAsync();
        };
        await page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });
        Assert.Equal("beforeunload", await warned.Task.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [BrowserFact]
    public async Task A_save_refused_because_someone_else_saved_leads_to_both_versions()
    {
        var id = await portal.AddReportAsync(DemoData.FilerBureau, 2016, ReportStatus.Draft);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserTier.LaunchAsync(playwright);
        var mine = await NewPageAsync(browser);
        var theirs = await NewPageAsync(browser);
        await SignInAsync(mine, "filer");
        await SignInAsync(theirs, "filer");
        await mine.GotoAsync($"{portal.BaseUrl}/Reports/Section/{id}/2");
        await theirs.GotoAsync($"{portal.BaseUrl}/Reports/Section/{id}/2");

        await theirs.GetByLabel("正文").FillAsync("同事先保存的文字。");
        await ExpectSavedAsync(theirs);
        await mine.GetByLabel("正文").FillAsync("我后保存的文字。");
        await Expect(mine.Locator("[data-save-status]")).ToContainTextAsync("已被他人");
        await mine.GetByRole(AriaRole.Button, new() { Name = "查看两个版本并处理" }).ClickAsync();

        await Expect(mine.Locator("#conflict-heading")).ToBeFocusedAsync();
        await Expect(mine.Locator(".conflict .version").Nth(0)).ToContainTextAsync("我后保存的文字。");
        await Expect(mine.Locator(".conflict .version").Nth(1)).ToContainTextAsync("同事先保存的文字。");
        await BrowserTier.ScreenshotAsync(mine, "filing-conflict");
    }

    private Task SignInAsync(IPage page, string user) => BrowserSteps.SignInAsync(page, portal.BaseUrl, user);

    private Task WriteAsync(IPage page, string path, string body) => BrowserSteps.WriteAsync(page, portal.BaseUrl, path, body);

    private static Task<IPage> NewPageAsync(IBrowser browser) => BrowserSteps.NewPageAsync(browser);

    private static Task ExpectSavedAsync(IPage page) => BrowserSteps.ExpectSavedAsync(page);

    /// <summary>Last year's report of the demo bureau, whose plans the filer sees beside this year's measures.</summary>
    private Task SeedLastYearAsync(int year)
    {
        var content = SampleReports.Complete(DemoData.FilerBureau, "市政府", year);
        return portal.AddReportAsync(DemoData.FilerBureau, year, ReportStatus.Published, content with
        {
            Sections =
            [
                .. content.Sections.Take(3),
                content.Sections[3] with { Items = [new("建设涉外法律服务中心。", "为企业提供涉外法律咨询。"), new("加强执法人员培训。", "全年培训不少于4次。")] },
                content.Sections[4],
            ],
        });
    }
}
