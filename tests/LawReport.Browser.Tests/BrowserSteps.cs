using System.Text.RegularExpressions;
using LawReport.Infrastructure.Seeding;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LawReport.Browser.Tests;

/// <summary>What the journeys do over and over in the browser: a fresh window, signing in, writing a part.</summary>
internal static class BrowserSteps
{
    /// <summary>A new window with its own cookies, in Chinese, at a desktop size.</summary>
    public static async Task<IPage> NewPageAsync(IBrowser browser)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    /// <summary>Signs a demo user in through the sign-in page and waits for the home page.</summary>
    public static async Task SignInAsync(IPage page, string baseUrl, string user)
    {
        await page.GotoAsync(baseUrl + "/Account/Login");
        await page.GetByLabel("用户名").FillAsync(user);
        await page.GetByLabel("密码").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(baseUrl + "/");
    }

    /// <summary>A new window with a demo user signed in.</summary>
    public static async Task<IPage> SignedInPageAsync(IBrowser browser, string baseUrl, string user)
    {
        var page = await NewPageAsync(browser);
        await SignInAsync(page, baseUrl, user);
        return page;
    }

    /// <summary>Opens a section editor, types a body into its first item and waits for the autosave.</summary>
    public static async Task WriteAsync(IPage page, string baseUrl, string path, string body)
    {
        await page.GotoAsync(baseUrl + path);
        await page.Locator("#Input_Items_0__Body").FillAsync(body);
        await ExpectSavedAsync(page);
    }

    /// <summary>The editor's status line says the last change reached the server.</summary>
    public static Task ExpectSavedAsync(IPage page) =>
        Expect(page.Locator("[data-save-status]")).ToHaveTextAsync(new Regex(@"^已保存 \d\d:\d\d$"), new() { Timeout = 15_000 });
}
