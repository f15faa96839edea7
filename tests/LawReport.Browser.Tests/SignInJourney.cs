using LawReport.Infrastructure.Seeding;
using Microsoft.Playwright;

namespace LawReport.Browser.Tests;

public class SignInJourney(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [BrowserFact]
    public async Task The_demo_filer_opens_the_home_page_and_signs_in()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserTier.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });

        await page.GotoAsync(portal.BaseUrl + "/");
        Assert.Equal("首页 — 法治政府建设年度报告平台", await page.TitleAsync());
        await BrowserTier.ScreenshotAsync(page, "home");

        await page.GetByRole(AriaRole.Link, new() { Name = "工作人员登录" }).ClickAsync();
        await page.GetByLabel("用户名").FillAsync("filer");
        await page.GetByLabel("密码").FillAsync(DemoData.Password);
        await BrowserTier.ScreenshotAsync(page, "sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        await page.WaitForURLAsync(portal.BaseUrl + "/");
        Assert.Contains("张伟（填报人）", await page.Locator(".account").InnerTextAsync());
        await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "报告", Exact = true }).ClickAsync();
        Assert.Equal("报告", await page.Locator("h1").InnerTextAsync());
    }

    [BrowserFact]
    public async Task The_skip_link_is_the_first_thing_the_keyboard_reaches()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserTier.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(portal.BaseUrl + "/");

        await page.Keyboard.PressAsync("Tab");

        Assert.Equal("跳到主要内容", await page.EvaluateAsync<string>("document.activeElement.textContent"));
    }
}
