using System.Net;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Seeding;
using LawReport.Web.Tests.Support;

namespace LawReport.Web.Tests.Reports;

/// <summary>
/// A list never links to what its page refuses: every list of the portal, as every user, with reports of
/// both bureaus in every status (published and withdrawn ones with real publications), and every link on
/// it opened by the user who saw it. Lists and pages share one rule (ReportAccess: a check for one
/// report, a filter for many); this is the proof that they agree.
/// </summary>
public class EveryListLink(EveryListLink.Fixture fixture) : IClassFixture<EveryListLink.Fixture>
{
    private const string OtherBureau = "常州市人民政府外事办公室";

    /// <summary>Every page that lists reports or work on them, and the home page that lists the areas.</summary>
    private static readonly string[] Lists = ["/", "/Workspace", "/Reports", "/SignOff", "/Review", "/Board", "/Publishing", "/Notifications"];

    public static TheoryData<string> Users => new() { "filer", "lead", "reviewer", "sysadmin", "secadmin", "auditor" };

    [Theory]
    [MemberData(nameof(Users))]
    public async Task Every_link_on_every_list_opens_for_the_user_who_sees_the_list(string user)
    {
        using var client = await fixture.SignedInAsync(user);
        var links = new SortedSet<string>(StringComparer.Ordinal);
        var listsSeen = 0;
        foreach (var list in Lists)
        {
            var page = await client.GetPageAsync(list);
            if (page.Status != HttpStatusCode.OK)
            {
                // A list the user may not open is not theirs to follow (403, or the sign-in gate).
                Assert.Contains(page.Status, new[] { HttpStatusCode.Forbidden, HttpStatusCode.Redirect, HttpStatusCode.Found });
                continue;
            }

            listsSeen++;
            foreach (var href in page.Document.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal))
                {
                    links.Add(href.Split('#')[0]);
                }
            }
        }

        Assert.True(listsSeen > 0, $"{user} sees no list at all.");
        var refused = new List<string>();
        foreach (var link in links.Where(l => l.Length > 0))
        {
            using var response = await client.GetAsync(link, followRedirects: false);
            var status = (int)response.StatusCode;
            var location = response.Headers.Location?.OriginalString ?? "";
            if (status >= 400 || location.Contains("/Account/Login", StringComparison.Ordinal) || location.Contains("AccessDenied", StringComparison.Ordinal))
            {
                refused.Add($"{link} → {status} {location}");
            }
        }

        Assert.True(refused.Count == 0, $"{user} sees links the pages refuse:\n" + string.Join("\n", refused));
        Assert.NotEmpty(links);
    }

    public sealed class Fixture : PortalFactory
    {
        protected override async Task SeedAsync()
        {
            var year = 2030;
            var content = PublicationSeeding.SeedContent("001");
            foreach (var bureau in new[] { DemoData.FilerBureau, OtherBureau })
            {
                foreach (var status in Enum.GetValues<ReportStatus>().Where(s => s is not (ReportStatus.Published or ReportStatus.Withdrawn)))
                {
                    await this.AddReportAsync(bureau, year++, status);
                }

                await this.PublishAsync(bureau, year++, content, new DateOnly(2026, 3, 20));
                var withdrawn = await this.PublishAsync(bureau, year++, content, new DateOnly(2026, 3, 21));
                await this.WithdrawAsync(withdrawn);
            }
        }
    }
}
