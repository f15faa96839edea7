using LawReport.Infrastructure.Seeding;
using LawReport.Tests.Shared;
using Microsoft.Playwright;

namespace LawReport.Browser.Tests;

public class ArchiveImportJourney(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [BrowserFact]
    public async Task The_system_administrator_uploads_a_published_page_corrects_a_kind_and_archives_it()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserTier.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        await page.GotoAsync(portal.BaseUrl + "/Account/Login");
        await page.GetByLabel("用户名").FillAsync("sysadmin");
        await page.GetByLabel("密码").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(portal.BaseUrl + "/");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "导入历史报告" }).ClickAsync();
        await page.GetByLabel("选择文件").SetInputFilesAsync(RepositoryPaths.Seed("002"));
        await BrowserTier.ScreenshotAsync(page, "archive-upload");
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并读取" }).ClickAsync();

        await page.WaitForURLAsync("**/Admin/Archive/Review/*");
        Assert.Equal(5, await page.Locator(".parsed-section.unsure").CountAsync());
        await BrowserTier.ScreenshotAsync(page, "archive-review");
        await page.GetByLabel("第一部分的类别").SelectOptionAsync(new SelectOptionValue { Label = "主要负责人履职情况" });
        await page.Locator("#section-1").GetByRole(AriaRole.Button, new() { Name = "更改类别" }).ClickAsync();
        Assert.Equal(4, await page.Locator(".parsed-section.unsure").CountAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "确认归档" }).ClickAsync();

        await page.WaitForURLAsync(portal.BaseUrl + "/Admin/Archive");
        Assert.Contains("已归档：常州市人民政府外事办公室2021年度报告", await page.Locator(".notice").InnerTextAsync());
    }
}
