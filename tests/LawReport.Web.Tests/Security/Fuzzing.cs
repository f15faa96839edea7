using System.Net;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Seeding;
using LawReport.Web.Tests.Review;
using LawReport.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LawReport.Web.Tests.Security;

/// <summary>
/// A seeded, bounded fuzz run: 2 000 requests over every route of the portal and every form its pages
/// show, as each role and anonymously, with odd values in route, query and form fields (ends of the
/// calendar, negative and huge numbers, long and hostile text, unknown handlers, random uploads). Bad
/// input must get a 4xx and a Chinese page, never a 5xx. The same seed gives the same run; a failure
/// lists the requests that got a 5xx so each can be replayed.
/// </summary>
public partial class Fuzzing(Fuzzing.Portal portal) : IClassFixture<Fuzzing.Portal>
{
    private const int Seed = 20_261_207;
    private const int Requests = 2_000;

    private static readonly string[] Roles = ["anonymous", "filer", "lead", "reviewer", "sysadmin", "secadmin", "auditor"];

    /// <summary>Forms whose whole point is to end a session or take an account away: their own tests cover them.</summary>
    private static readonly string[] SparedHandlers = ["Logout", "Deactivate", "Activate", "Roles", "ResetPassword"];

    private static readonly string[] QueryNames =
        ["handler", "Year", "Status", "BureauId", "From", "To", "Action", "Actor", "page", "q", "returnUrl", "add", "id", "position", "Lateness", "kind", "number"];

    private static readonly string[] OddValues =
    [
        "", " ", "0", "-1", "1", "2", "3", "7", "2147483647", "2147483648", "-2147483649", "99999999999999999999", "1e309", "NaN",
        "abc", "true", "null", "9999-12-31", "0001-01-01", "2026-02-30", "2026-13-01", "1900-01-01", "Draft", "Published", "Nonsense",
        "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd", "%00", "\u0000", "\uFFFF", "😀", "法治", new string('长', 5_000),
        "https://evil.example/", "//evil.example", "javascript:alert(1)", "00000000-0000-0000-0000-000000000000",
    ];

    public sealed class Portal : PortalFactory
    {
        protected override async Task SeedAsync()
        {
            var year = await WithDbAsync((db, _) => db.ReportingCycles.MaxAsync(c => c.Year));
            var statuses = new[] { ReportStatus.Draft, ReportStatus.AwaitingSignOff, ReportStatus.Submitted, ReportStatus.InReview, ReportStatus.Returned, ReportStatus.Approved };
            for (var i = 0; i < statuses.Length; i++)
            {
                await this.AddReportSignedOffAsync(DemoData.FilerBureau, year - i, statuses[i], ReportSeeding.Start);
            }

            await this.AddReportSignedOffAsync("常州市人民政府外事办公室", year, ReportStatus.InReview, ReportSeeding.Start);
            await this.PublishAsync(DemoData.FilerBureau, year - 6, ReviewSteps.Content(DemoData.FilerBureau, year - 6), new DateOnly(year - 5, 3, 1));
        }
    }

    [Fact]
    public async Task A_seeded_run_of_two_thousand_requests_gets_no_server_error()
    {
        var random = new Random(Seed);
        var routes = Routes();
        var handlers = HandlerNames();
        var ids = await portal.WithDbAsync(async (db, _) =>
            (await db.Reports.Select(r => r.Id.ToString()).ToListAsync())
                .Concat(await db.Bureaus.Select(b => b.Id.ToString()).ToListAsync())
                .Concat(await db.Users.Select(u => u.Id).ToListAsync())
                .Concat(await db.Publications.Select(p => p.Id.ToString()).ToListAsync())
                .Distinct().ToList());

        var clients = new Dictionary<string, PortalClient>();
        var forms = new Dictionary<string, List<(string Page, IHtmlFormElement Form)>>();
        var failures = new List<string>();
        var sent = 0;
        try
        {
            foreach (var role in Roles)
            {
                clients[role] = role == "anonymous" ? portal.CreatePortalClient() : await portal.SignedInAsync(role);
                forms[role] = [];
            }

            // Every route once per role with real values: the pages' own forms are what gets fuzzed next.
            foreach (var role in Roles)
            {
                foreach (var route in routes)
                {
                    var url = Fill(route, _ => ids[random.Next(ids.Count)]);
                    var page = await Send(role, HttpMethod.Get, url, null);
                    if (page?.Document is { } document && page.Status == HttpStatusCode.OK)
                    {
                        forms[role].AddRange(document.Forms.Where(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase) && !Spared(f.Action))
                            .Select(f => (url, f)));
                    }
                }
            }

            while (sent < Requests)
            {
                var role = Roles[random.Next(Roles.Length)];
                var kind = random.Next(10);
                if (kind < 4)
                {
                    var url = Fill(routes[random.Next(routes.Count)], _ => Pick(random, ids));
                    var query = string.Join("&", Enumerable.Range(0, random.Next(4))
                        .Select(_ => $"{QueryNames[random.Next(QueryNames.Length)]}={Uri.EscapeDataString(Pick(random, ids))}"));
                    await Send(role, random.Next(5) == 0 ? HttpMethod.Head : HttpMethod.Get, query.Length > 0 ? $"{url}?{query}" : url, null);
                }
                else if (kind < 8 && forms[role].Count > 0)
                {
                    var (_, form) = forms[role][random.Next(forms[role].Count)];
                    await SubmitMutated(role, form, random, ids);
                }
                else
                {
                    var url = Fill(routes[random.Next(routes.Count)], _ => Pick(random, ids));
                    var handler = random.Next(3) == 0 ? Pick(random, ids) : handlers[random.Next(handlers.Count)];
                    var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", await TokenAsync(role)) };
                    fields.AddRange(Enumerable.Range(0, random.Next(4)).Select(_ => new KeyValuePair<string, string>(
                        random.Next(2) == 0 ? $"Input.{QueryNames[random.Next(QueryNames.Length)]}" : QueryNames[random.Next(QueryNames.Length)], Pick(random, ids))));
                    await Send(role, HttpMethod.Post, $"{url}?handler={Uri.EscapeDataString(handler)}", new FormUrlEncodedContent(fields));
                }
            }
        }
        finally
        {
            foreach (var client in clients.Values)
            {
                client.Dispose();
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} requests got a 5xx:\n" + string.Join("\n", failures.Distinct().Take(40)));

        async Task<PortalPage?> Send(string role, HttpMethod method, string url, HttpContent? content)
        {
            if (Spared(url))
            {
                return null;
            }

            sent++;
            var client = clients[role];
            HttpResponseMessage response;
            try
            {
                response = await client.Http.SendAsync(new HttpRequestMessage(method, url) { Content = content });
            }
            catch (Exception e)
            {
                failures.Add($"{role} {method} {Shorten(url)} → {e.GetType().Name}: {e.Message}");
                return null;
            }

            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{role} {method} {Shorten(url)} → {(int)response.StatusCode}");
            }

            return method == HttpMethod.Head || response.Content.Headers.ContentType?.MediaType != "text/html" ? null : await PortalPage.ReadAsync(response);
        }

        async Task<string> TokenAsync(string role)
        {
            var url = role == "anonymous" ? "/Account/Login" : "/Notifications";
            var page = await PortalPage.ReadAsync(await clients[role].Http.GetAsync(url));
            return page.Find("input[name='__RequestVerificationToken']")?.GetAttribute("value") ?? "";
        }

        async Task SubmitMutated(string role, IHtmlFormElement form, Random random, List<string> values)
        {
            var fields = new List<KeyValuePair<string, string>>();
            var files = new List<(string Name, byte[] Bytes, string FileName)>();
            foreach (var element in form.Elements)
            {
                var (name, value, isFile) = element switch
                {
                    IHtmlInputElement { Type: "file" } input => (input.Name, "", true),
                    IHtmlInputElement { Type: "checkbox" or "radio" } input => (input.Name, input.IsChecked || random.Next(2) == 0 ? input.Value : null, false),
                    IHtmlInputElement { Type: "submit" or "button" or "image" } => (null, null, false),
                    IHtmlInputElement input => (input.Name, input.Value, false),
                    IHtmlTextAreaElement area => (area.Name, area.Value, false),
                    IHtmlSelectElement select => (select.Name, select.Value, false),
                    IHtmlButtonElement { Name.Length: > 0 } button when random.Next(3) == 0 => (button.Name, button.Value, false),
                    _ => (null, null, false),
                };
                if (string.IsNullOrEmpty(name))
                {
                    continue;
                }

                if (isFile)
                {
                    var bytes = new byte[random.Next(0, 4_000)];
                    random.NextBytes(bytes);
                    if (random.Next(2) == 0 && bytes.Length > 4)
                    {
                        "PK\u0003\u0004"u8.CopyTo(bytes);
                    }

                    files.Add((name, bytes, random.Next(3) switch { 0 => "report.docx", 1 => "report.txt", _ => "report.html" }));
                    continue;
                }

                if (value is null)
                {
                    continue;
                }

                // The antiforgery token is kept most of the time: without it every post would stop at 400.
                var keep = name == "__RequestVerificationToken" ? random.Next(20) != 0 : random.Next(2) == 0;
                fields.Add(new(name, keep ? value : Pick(random, values)));
            }

            HttpContent content;
            if (files.Count > 0 || form.Enctype == "multipart/form-data")
            {
                var multipart = new MultipartFormDataContent();
                foreach (var (name, value) in fields)
                {
                    multipart.Add(new StringContent(value, Encoding.UTF8), name);
                }

                foreach (var (name, bytes, fileName) in files)
                {
                    multipart.Add(new ByteArrayContent(bytes), name, fileName);
                }

                content = multipart;
            }
            else
            {
                content = new FormUrlEncodedContent(fields);
            }

            await Send(role, HttpMethod.Post, form.Action, content);
        }
    }

    private static bool Spared(string url) =>
        SparedHandlers.Any(h => url.Contains("/Account/" + h, StringComparison.OrdinalIgnoreCase) || url.Contains("handler=" + h, StringComparison.OrdinalIgnoreCase))
        || url.Contains("/Account/ChangePassword", StringComparison.OrdinalIgnoreCase);

    private static string Pick(Random random, List<string> ids) =>
        random.Next(3) == 0 ? ids[random.Next(ids.Count)] : OddValues[random.Next(OddValues.Length)];

    private static string Shorten(string url) => url.Length > 160 ? url[..160] + "…" : url;

    /// <summary>Every route the portal maps: its Razor pages and its public endpoints.</summary>
    private List<string> Routes() =>
        portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(t => !t.StartsWith("/Error", StringComparison.Ordinal) || t == "/Error/{code:int?}")
            .Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The handler names the page models declare (OnPostSave → Save), for posts to odd handlers.</summary>
    private static List<string> HandlerNames() =>
        typeof(Program).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PageModel)))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(m => HandlerName().Match(m.Name))
            .Where(m => m.Success && m.Groups[1].Value.Length > 0)
            .Select(m => m.Groups[1].Value)
            .Where(h => !SparedHandlers.Contains(h))
            .Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Puts values into a route's parameters. A NUL character stays out of paths: Kestrel refuses such a
    /// request line with 400 before the portal sees it, while the test server throws on it instead.
    /// </summary>
    private static string Fill(string template, Func<string, string> value) =>
        RouteParameter().Replace(template, m => Uri.EscapeDataString(value(m.Groups[1].Value).Replace("\u0000", "", StringComparison.Ordinal))).Replace("//", "/");

    [GeneratedRegex(@"^On(?:Get|Post)(\w*?)(?:Async)?$")]
    private static partial Regex HandlerName();

    [GeneratedRegex(@"\{\*{0,2}([^}:?=]+)[^}]*\}")]
    private static partial Regex RouteParameter();
}
