using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LawReport.Domain.Cycles;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Publishing;
using LawReport.Infrastructure.Seeding;
using LawReport.Tests.Shared;
using LawReport.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LawReport.Web.Tests.Review.ReviewSteps;

namespace LawReport.Web.Tests.Review;

/// <summary>
/// The cycle board on 20 March 2026 for the 2025 cycle (3月1日 / 4月1日), with the five demo bureaus in
/// five situations: submitted on time and approved, submitted late, still a draft, not started, and
/// published on time.
/// </summary>
public class CycleBoardPages(CycleBoardPages.Portal portal) : IClassFixture<CycleBoardPages.Portal>
{
    private const string Shanghai = "上海市人民政府外事办公室";
    private const string Changzhou = "常州市人民政府外事办公室";
    private const string Beijing = "北京市人民政府外事办公室";
    private const string Heze = "菏泽市人民政府外事办公室";

    public sealed class Portal : ClockedPortal
    {
        private readonly Lazy<Task> _seeded;

        public Portal() => _seeded = new(SeedSituationsAsync);

        /// <summary>The five situations, written once for the class's tests.</summary>
        public Task Seeded => _seeded.Value;

        private async Task SeedSituationsAsync()
        {
            await this.WithDbAsync(async db =>
            {
                db.ReportingCycles.Add(ReportingCycle.Open(2025));
                var heze = await db.Bureaus.SingleAsync(b => b.FullName == Heze);
                heze.Update(heze.FullName, heze.ShortName, "011223344", heze.City, heze.Category, heze.DefaultAddressee);
                await db.SaveChangesAsync();
            });
            await this.AddReportSignedOffAsync(DemoData.FilerBureau, 2025, ReportStatus.Approved, new DateTimeOffset(2026, 2, 27, 2, 0, 0, TimeSpan.Zero));
            await this.AddReportSignedOffAsync(Changzhou, 2025, ReportStatus.InReview, new DateTimeOffset(2026, 3, 5, 2, 0, 0, TimeSpan.Zero));
            await this.AddReportAsync(Beijing, 2025, ReportStatus.Draft);
            var published = await this.AddReportSignedOffAsync(Heze, 2025, ReportStatus.Approved, new DateTimeOffset(2026, 2, 20, 2, 0, 0, TimeSpan.Zero));
            await this.WithDbAsync(async (db, services) =>
                await services.GetRequiredService<ReportPublisher>().PublishAsync(
                    published, (await db.Reports.FindAsync(published))!.Version, new PublicationRequest(), ReportStates.Lead));
        }
    }

    [Fact]
    public async Task The_board_shows_every_bureau_its_status_and_both_deadlines_with_counts_and_rates()
    {
        await portal.Seeded;
        using var reviewer = await portal.SignedInAsync("reviewer");

        var page = await reviewer.GetPageAsync("/Board?Year=2025");

        var figures = page.Find(".figures")!.TextContent;
        Assert.Contains("5单位总数", Squeeze(figures));
        Assert.Contains("3已报送（60%）", Squeeze(figures));
        Assert.Contains("2按时报送（40%）", Squeeze(figures));
        Assert.Contains("3逾期报送或逾期未报送", Squeeze(figures));
        Assert.Contains("1已公开（20%）", Squeeze(figures));
        var rows = page.Document.QuerySelectorAll("#board tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => Squeeze(r.TextContent));
        Assert.Equal(5, rows.Count);
        Assert.Contains("未开始", rows[Shanghai]);
        Assert.Contains("逾期未报送", rows[Shanghai]);
        Assert.Contains("草稿", rows[Beijing]);
        Assert.Contains("逾期未报送", rows[Beijing]);
        Assert.Contains("2026-03-05逾期报送", rows[Changzhou]);
        Assert.Contains("审核通过2026-02-27按时报送—未到截止日期", rows[DemoData.FilerBureau]);
        Assert.Contains("已公开2026-02-20按时报送2026-03-20按时公开", rows[Heze]);
    }

    [Fact]
    public async Task The_board_exports_as_csv_that_excel_opens_in_chinese()
    {
        await portal.Seeded;
        using var reviewer = await portal.SignedInAsync("reviewer");

        var response = await reviewer.GetAsync("/Board?handler=Csv&Year=2025");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("\"单位\",\"类别\",\"状态\",\"首次报送时间\",\"报送情况\",\"公开日期\",\"公开情况\"", lines[0]);
        Assert.Equal(6, lines.Length);
        Assert.Contains(lines, l => l.StartsWith($"\"{Shanghai}\"", StringComparison.Ordinal) && l.Contains("\"未开始\"") && l.Contains("\"逾期未报送\""));
    }

    [Fact]
    public async Task The_board_exports_as_an_xlsx_workbook()
    {
        await portal.Seeded;
        using var reviewer = await portal.SignedInAsync("reviewer");

        var response = await reviewer.GetAsync("/Board?handler=Xlsx&Year=2025");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var workbook = SpreadsheetDocument.Open(stream, false);

        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString!.InnerText).ToList())
            .ToList();
        Assert.Equal("2025年度", workbook.WorkbookPart.Workbook.Descendants<Sheet>().Single().Name!.Value);
        Assert.Equal(["单位", "类别", "状态", "首次报送时间", "报送情况", "公开日期", "公开情况"], rows[0]);
        Assert.Equal(6, rows.Count);
        Assert.Contains(rows, r => r[0] == Heze && r[5] == "2026-03-20" && r[6] == "按时公开");
    }

    [Fact]
    public async Task The_notice_list_names_the_late_and_unpublished_bureaus()
    {
        await portal.Seeded;
        using var reviewer = await portal.SignedInAsync("reviewer");

        var page = await reviewer.GetPageAsync("/Board/Notice?Year=2025");

        var text = page.Find("#notice-text")!.TextContent;
        Assert.StartsWith("截至2026年3月20日，2025年度法治政府建设情况报告报送和公开情况如下：", text);
        Assert.Contains("逾期未报送的单位（2个）：", text);
        Assert.Contains(Shanghai, text);
        Assert.Contains("逾期报送的单位（1个）：常州市人民政府外事办公室。", text);
        Assert.Contains("尚未公开（未到公开截止日期）的单位（4个）", text);
        Assert.DoesNotContain("逾期公开", text);
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
