using LawReport.Tests.Shared;
using LawReport.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LawReport.Browser.Tests;

/// <summary>
/// The browser tier: Debian's Chromium driven by Playwright (never a downloaded browser). It runs when
/// Chromium is installed and is skipped with the reason otherwise — unless <c>LAWREPORT_TEST_BROWSER=1</c>
/// (.ci/run sets it), which makes a missing browser a failure.
/// </summary>
public static class BrowserTier
{
    public const string RequiredVariable = "LAWREPORT_TEST_BROWSER";
    public const string ScreenshotsVariable = "LAWREPORT_UPDATE_SCREENSHOTS";

    public static string ChromiumPath => Environment.GetEnvironmentVariable("LAWREPORT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static bool Required => Environment.GetEnvironmentVariable(RequiredVariable) == "1";

    public static bool Available => File.Exists(ChromiumPath);

    /// <summary>Why browser tests are skipped on this machine; null when they run.</summary>
    public static string? SkipReason => Available || Required
        ? null
        : $"Browser tier skipped: no Chromium at {ChromiumPath} (apt-get install chromium; set {RequiredVariable}=1 to require it).";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });

    /// <summary>
    /// Saves a screenshot into the test output, and into docs/screenshots when
    /// <c>LAWREPORT_UPDATE_SCREENSHOTS=1</c> (so the user guide's pictures are refreshed on purpose, not on every run).
    /// </summary>
    public static async Task ScreenshotAsync(IPage page, string name, bool fullPage = true) =>
        await SaveScreenshotAsync(await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = fullPage }), name);

    /// <summary>A screenshot of one part of a page (e.g. a section a guide explains), saved like <see cref="ScreenshotAsync(IPage, string, bool)"/>.</summary>
    public static async Task ScreenshotAsync(ILocator part, string name) =>
        await SaveScreenshotAsync(await part.ScreenshotAsync(), name);

    private static async Task SaveScreenshotAsync(byte[] bytes, string name)
    {
        var folders = new List<string> { Path.Combine(AppContext.BaseDirectory, "screenshots") };
        if (Environment.GetEnvironmentVariable(ScreenshotsVariable) == "1")
        {
            folders.Add(Path.Combine(RepositoryPaths.RepositoryRoot, "docs", "screenshots"));
        }

        foreach (var folder in folders)
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, name + ".png"), bytes);
        }
    }
}

/// <summary>A browser test: skipped with the reason when Chromium is missing and the tier is not required.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = BrowserTier.SkipReason;
}

/// <summary>A browser test with cases, skipped like <see cref="BrowserFactAttribute"/>.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = BrowserTier.SkipReason;
}

/// <summary>The portal on a real Kestrel port, for a real browser.</summary>
public sealed class BrowserPortal : PortalFactory
{
    public BrowserPortal() => UseKestrel(0);

    public string BaseUrl =>
        Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
}
