using System.Net;
using AngleSharp.Html.Parser;
using LawReport.Infrastructure.Seeding;
using LawReport.Web.Tests.Review;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LawReport.Web.Tests.Account;

/// <summary>Sessions end on the server and have an absolute limit (ASVS 3.3.1, 3.3.2; 等保 2.0 8.1.4.1 b).</summary>
public class Sessions(ClockedPortal portal) : IClassFixture<ClockedPortal>
{
    [Fact]
    public async Task A_cookie_copied_before_sign_out_is_refused_after_it()
    {
        var browser = await Browser.SignedInAsync(portal, "filer");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Workspace")).StatusCode);
        var stolen = browser.AuthCookie;

        await browser.PostFormAsync("/", ".account form");

        var replay = new Browser(portal);
        replay.Cookies["lawreport.auth"] = stolen;
        var response = await replay.GetAsync("/Workspace");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_session_kept_busy_ends_twelve_hours_after_sign_in()
    {
        var start = portal.Time.Now;
        try
        {
            var browser = await Browser.SignedInAsync(portal, "reviewer");
            var lastOk = TimeSpan.Zero;
            for (var elapsed = TimeSpan.FromMinutes(20); elapsed <= TimeSpan.FromHours(13); elapsed += TimeSpan.FromMinutes(20))
            {
                portal.Time.Now = start + elapsed;
                if ((await browser.GetAsync("/Review")).StatusCode != HttpStatusCode.OK)
                {
                    break;
                }

                lastOk = elapsed;
            }

            // Before: still signed in after 13 hours of use every 20 minutes.
            Assert.InRange(lastOk, TimeSpan.FromHours(11.5), TimeSpan.FromHours(12));
        }
        finally
        {
            portal.Time.Now = start;
        }
    }

    [Fact]
    public async Task Every_sign_in_starts_a_new_session()
    {
        var first = await Browser.SignedInAsync(portal, "lead");
        var second = await Browser.SignedInAsync(portal, "lead");

        Assert.NotEqual(first.AuthCookie, second.AuthCookie);
    }

    /// <summary>A client that keeps its cookies in view, so a test can copy one as an attacker would.</summary>
    private sealed class Browser(ClockedPortal portal)
    {
        private readonly HttpClient _http = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        public Dictionary<string, string> Cookies { get; } = [];

        public string AuthCookie => Cookies["lawreport.auth"];

        public static async Task<Browser> SignedInAsync(ClockedPortal portal, string userName)
        {
            var browser = new Browser(portal);
            var response = await browser.PostFormAsync("/Account/Login", "form", new() { ["Input.UserName"] = userName, ["Input.Password"] = DemoData.Password });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.True(browser.Cookies.ContainsKey("lawreport.auth"));
            return browser;
        }

        public async Task<HttpResponseMessage> GetAsync(string url) => await SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

        /// <summary>Reads the form at <paramref name="selector"/> on the page and posts it with its token.</summary>
        public async Task<HttpResponseMessage> PostFormAsync(string page, string selector, Dictionary<string, string>? values = null)
        {
            var html = await (await GetAsync(page)).Content.ReadAsStringAsync();
            var form = new HtmlParser().ParseDocument(html).QuerySelector(selector)!;
            var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
            foreach (var (name, value) in values ?? [])
            {
                fields[name] = value;
            }

            var action = form.GetAttribute("action") is { Length: > 0 } a ? a : page;
            return await SendAsync(new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent(fields) });
        }

        private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
        {
            if (Cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", Cookies.Select(c => $"{c.Key}={c.Value}")));
            }

            var response = await _http.SendAsync(request);
            foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var pair = header.Split(';')[0];
                var (name, value) = (pair[..pair.IndexOf('=')], pair[(pair.IndexOf('=') + 1)..]);
                if (value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                {
                    Cookies.Remove(name);
                }
                else
                {
                    Cookies[name] = value;
                }
            }

            return response;
        }
    }
}
