using System.Net;
using LawReport.Domain.Reports;
using LawReport.Web.Tests.Support;

namespace LawReport.Web.Tests.Public;

/// <summary>A correction that was withdrawn: the corrected version says so, without a word of the withdrawn text.</summary>
public class WithdrawnCorrection(WithdrawnCorrection.Portal portal) : IClassFixture<WithdrawnCorrection.Portal>
{
    private const string WithdrawnText = "这段更正文字随后被撤回";

    public sealed class Portal : PortalFactory
    {
        public int First { get; private set; }

        public int Correction { get; private set; }

        protected override async Task SeedAsync()
        {
            var bureau = PublishedReports.Changzhou;
            First = await this.PublishAsync(bureau, 2022, ReportTemplate.Standard(bureau, "市委、市政府", 2022) with { Preamble = "依法行政。" }, new DateOnly(2023, 3, 20));
            Correction = await this.CorrectAsync(First, WithdrawnText, new DateOnly(2023, 4, 20));
            await this.WithdrawAsync(Correction);
        }
    }

    [Fact]
    public async Task The_corrected_version_says_its_correction_was_withdrawn_and_links_nowhere()
    {
        using var client = portal.CreatePortalClient();

        var page = await client.GetPageAsync($"/publications/{portal.First}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var notice = page.Find(".notice.corrected")!;
        Assert.Contains("更正后的版本已撤回", notice.TextContent);
        Assert.Null(notice.QuerySelector("a"));
        Assert.Null(page.Find(".versions")); // the withdrawn version is not listed
        Assert.DoesNotContain(WithdrawnText, page.Document.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task The_report_leaves_lists_and_feeds_with_its_current_version_gone()
    {
        using var client = portal.CreatePortalClient();

        var list = await client.GetPageAsync("/publications");
        var feed = await client.Http.GetStringAsync("/feed.atom");
        var correction = await client.GetAsync($"/publications/{portal.Correction}");

        Assert.Empty(list.Document.QuerySelectorAll("ol.publications li"));
        Assert.DoesNotContain("<entry>", feed);
        Assert.Equal(HttpStatusCode.NotFound, correction.StatusCode);
    }
}
