using System.Net;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Seeding;
using LawReport.Web.Tests.Support;

namespace LawReport.Web.Tests.Reports;

/// <summary>
/// The report page over real HTTP for every user × own/other bureau × status: anonymous → sign-in,
/// a filer or head of another bureau → 403, reviewers only once the report reached the city,
/// administrators never. Expectations are written out here, independently of the handler.
/// </summary>
public class ReportDetailsAccess(ReportDetailsAccess.Fixture fixture) : IClassFixture<ReportDetailsAccess.Fixture>
{
    private const string OtherBureau = "常州市人民政府外事办公室";

    /// <summary>The portal with one report per (own/other bureau, status), created on first use; years keep them apart.</summary>
    public sealed class Fixture : PortalFactory
    {
        private readonly Dictionary<(bool Own, ReportStatus Status), int> _reports = [];
        private readonly SemaphoreSlim _lock = new(1, 1);

        public async Task<int> ReportAsync(bool own, ReportStatus status)
        {
            await _lock.WaitAsync();
            try
            {
                if (!_reports.TryGetValue((own, status), out var id))
                {
                    id = await this.AddReportAsync(own ? DemoData.FilerBureau : OtherBureau, 2000 + (int)status, status);
                    _reports[(own, status)] = id;
                }

                return id;
            }
            finally
            {
                _lock.Release();
            }
        }
    }

    public static TheoryData<string, bool, ReportStatus> Cases()
    {
        var data = new TheoryData<string, bool, ReportStatus>();
        foreach (var user in new[] { "anonymous", "filer", "lead", "reviewer", "sysadmin", "secadmin", "auditor" })
        {
            foreach (var own in new[] { true, false })
            {
                foreach (var status in Enum.GetValues<ReportStatus>())
                {
                    data.Add(user, own, status);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_user_sees_exactly_the_reports_they_may(string user, bool own, ReportStatus status)
    {
        var id = await fixture.ReportAsync(own, status);
        var client = await fixture.SharedClientAsync(user);

        var response = await client.GetAsync($"/Reports/Details/{id}", followRedirects: false);

        var expected = Expected(user, own, status);
        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect)
        {
            Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
        }
    }

    [Fact]
    public async Task The_report_shows_in_its_official_structure_with_its_history()
    {
        var id = await fixture.ReportAsync(own: true, ReportStatus.Submitted);
        using var client = await fixture.SignedInAsync("filer");

        var page = await client.GetPageAsync($"/Reports/Details/{id}");

        var headings = page.Document.QuerySelectorAll(".official h3").Select(h => h.TextContent).ToList();
        Assert.Equal(5, headings.Count);
        Assert.StartsWith("一、", headings[0]);
        Assert.StartsWith("五、其他需要报告的情况", headings[4]);
        Assert.Equal("市政府：", page.Find(".official .addressee")!.TextContent);
        Assert.Contains("已报送", page.Find("h1 .status")!.TextContent);
        Assert.Equal(3, page.Document.QuerySelectorAll("#history-heading + table tbody tr").Length);
    }

    [Fact]
    public async Task An_unknown_report_is_a_404()
    {
        using var client = await fixture.SignedInAsync("reviewer");

        var response = await client.GetAsync("/Reports/Details/987654", followRedirects: false);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_list_shows_a_filer_only_their_bureau_and_a_reviewer_only_what_reached_the_city()
    {
        await fixture.ReportAsync(own: true, ReportStatus.Draft);
        await fixture.ReportAsync(own: false, ReportStatus.Draft);
        await fixture.ReportAsync(own: false, ReportStatus.Submitted);
        using var filer = await fixture.SignedInAsync("filer");
        using var reviewer = await fixture.SignedInAsync("reviewer");

        var filerList = (await filer.GetPageAsync("/Reports")).Find("table.data tbody")!.TextContent;
        var reviewerRows = (await reviewer.GetPageAsync("/Reports")).Document.QuerySelectorAll("table.data tbody tr").Select(r => r.TextContent).ToList();

        Assert.DoesNotContain(OtherBureau, filerList);
        Assert.Contains(DemoData.FilerBureau, filerList);
        Assert.DoesNotContain(reviewerRows, row => row.Contains("草稿") || row.Contains("待签发"));
        Assert.Contains(reviewerRows, row => row.Contains(OtherBureau) && row.Contains("已报送"));
    }

    private static HttpStatusCode Expected(string user, bool own, ReportStatus status) => user switch
    {
        "anonymous" => HttpStatusCode.Redirect,
        "filer" or "lead" => own ? HttpStatusCode.OK : HttpStatusCode.Forbidden,
        "reviewer" => status is ReportStatus.Draft or ReportStatus.AwaitingSignOff ? HttpStatusCode.Forbidden : HttpStatusCode.OK,
        _ => HttpStatusCode.Forbidden,
    };
}
