using System.Text.Json;
using LawReport.Tests.Shared;
using Microsoft.Playwright;

namespace LawReport.Browser.Tests;

/// <summary>
/// axe-core (vendored under axe/) run in the page: no serious or critical violation of WCAG 2.1 A/AA on
/// the public pages, on a wide screen and on a phone; and the keyboard focus is always visible.
/// </summary>
[Collection(PublicBrowserCollection.Name)]
public class PublicAccessibility(PublicBrowserPortal portal)
{
    private static readonly Lazy<string> Axe = new(() => File.ReadAllText(Path.Combine(RepositoryPaths.RepositoryRoot, "tests", "LawReport.Browser.Tests", "axe", "axe.min.js")));

    public static TheoryData<string, int> Pages()
    {
        var data = new TheoryData<string, int>();
        foreach (var width in new[] { 1280, 375 })
        {
            foreach (var page in new[] { "home", "list", "search", "report", "corrected report", "board" })
            {
                data.Add(page, width);
            }
        }

        return data;
    }

    [BrowserTheory]
    [MemberData(nameof(Pages))]
    public async Task A_public_page_has_no_serious_or_critical_accessibility_violation(string name, int width)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserTier.LaunchAsync(playwright);
        // The checker is injected as an inline script, which the portal's Content-Security-Policy rightly
        // forbids; the test's browser lets its own tool in (BypassCSP), the pages are checked as served.
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = width, Height = 900 }, BypassCSP = true });
        await page.GotoAsync(portal.BaseUrl + Address(name));

        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Axe.Value });
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const results = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return results.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
            }
            """);

        Assert.True(violations.GetArrayLength() == 0, string.Join("\n", violations.EnumerateArray().Select(v => v.GetString())));
    }

    [BrowserFact]
    public async Task The_keyboard_focus_is_visible_on_links_fields_and_buttons()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserTier.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(portal.BaseUrl + "/");

        var outlines = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            outlines.Add(await page.EvaluateAsync<string>(
                "() => { const s = getComputedStyle(document.activeElement); return document.activeElement.tagName + ' ' + s.outlineStyle + ' ' + s.outlineWidth; }"));
        }

        Assert.All(outlines, outline => Assert.DoesNotContain(" none ", outline));
        Assert.Contains(outlines, o => o.StartsWith("INPUT", StringComparison.Ordinal));
        Assert.Contains(outlines, o => o.StartsWith("BUTTON", StringComparison.Ordinal));
    }

    private string Address(string page) => page switch
    {
        "home" => "/",
        "list" => "/publications",
        "search" => "/search?q=" + Uri.EscapeDataString("普法"),
        "report" => $"/publications/{portal.Reports.Chongqing2020}",
        "corrected report" => $"/publications/{portal.Reports.Heze2024First}",
        "board" => "/timeliness/2020",
        _ => throw new ArgumentOutOfRangeException(nameof(page)),
    };
}
