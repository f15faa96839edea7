using System.Security.Cryptography;
using LawReport.Web.Tests.Public;
using Microsoft.Playwright;

namespace LawReport.Browser.Tests;

/// <summary>
/// A visitor, without signing in and with JavaScript switched off, searches for 领事保护, opens a report,
/// reads its disclosure metadata and downloads the PDF, whose SHA-256 matches the page. The screenshots
/// of this journey illustrate the README (docs/screenshots/public-*.png).
/// </summary>
[Collection(PublicBrowserCollection.Name)]
public class PublicJourney(PublicBrowserPortal portal)
{
    [BrowserFact]
    public async Task A_visitor_searches_opens_a_report_checks_its_metadata_and_downloads_the_pdf()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserTier.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions
        {
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 1280, Height = 1000 },
            JavaScriptEnabled = false,
            AcceptDownloads = true,
        });

        await page.GotoAsync(portal.BaseUrl + "/");
        await BrowserTier.ScreenshotAsync(page, "public-home");
        await page.GetByLabel("检索报告标题和全文").FillAsync("领事保护");
        await page.GetByRole(AriaRole.Button, new() { Name = "检索" }).ClickAsync();

        await page.WaitForURLAsync("**/search?q=*");
        Assert.Contains("包含“领事保护”的报告", await page.Locator("#results-heading").InnerTextAsync());
        Assert.All(await page.Locator("ol.results mark").AllInnerTextsAsync(), mark => Assert.Contains(mark, new[] { "领事保护", "領事保護" }));
        await BrowserTier.ScreenshotAsync(page, "public-search");

        await page.GetByRole(AriaRole.Link, new() { Name = "重庆市人民政府外事办公室关于2020年度法治政府建设情况的报告" }).ClickAsync();

        await page.WaitForURLAsync($"**/publications/{portal.Reports.Chongqing2020}");
        var metadata = await MetadataAsync(page);
        Assert.Equal("009282615/2021-00001", metadata["索引号"]);
        Assert.Equal(PublishedReports.Chongqing, metadata["发布机构"]);
        Assert.Equal("2021年3月25日", metadata["公开日期"]);
        Assert.Equal("主动公开", metadata["公开方式"]);
        Assert.Equal("有效", metadata["有效性"]);
        await BrowserTier.ScreenshotAsync(page, "public-report", fullPage: false);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "下载 PDF 文件" }).ClickAsync());
        Assert.Equal("重庆市人民政府外事办公室关于2020年度法治政府建设情况的报告.pdf", download.SuggestedFilename);
        var file = await download.PathAsync();
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(file)));
        Assert.Equal(await page.Locator("#sha256").InnerTextAsync(), sha256);
    }

    [BrowserFact]
    public async Task The_report_and_the_board_read_on_a_phone_without_sideways_scrolling()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserTier.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions
        {
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 375, Height = 812 },
            IsMobile = true,
            HasTouch = true,
        });

        await page.GotoAsync($"{portal.BaseUrl}/publications/{portal.Reports.Chongqing2020}");
        Assert.True(await FitsAsync(page), "The report page scrolls sideways on a 375 px screen.");
        await BrowserTier.ScreenshotAsync(page, "public-report-phone", fullPage: false);

        await page.GotoAsync($"{portal.BaseUrl}/timeliness/2020");
        Assert.True(await FitsAsync(page), "The timeliness board scrolls sideways on a 375 px screen.");

        await page.SetViewportSizeAsync(1280, 800);
        await BrowserTier.ScreenshotAsync(page, "public-timeliness");
    }

    private static async Task<bool> FitsAsync(IPage page) =>
        await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");

    private static async Task<Dictionary<string, string>> MetadataAsync(IPage page)
    {
        var rows = page.Locator("table.metadata tr");
        var metadata = new Dictionary<string, string>();
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            metadata[await rows.Nth(i).Locator("th").InnerTextAsync()] = (await rows.Nth(i).Locator("td").InnerTextAsync()).Trim();
        }

        return metadata;
    }
}
