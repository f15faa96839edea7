using LawReport.Domain.Cycles;
using LawReport.Domain.Reports;
using LawReport.Tests.Shared;
using LawReport.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Tests.Public;

/// <summary>The portal of <see cref="PublishedReports"/>: a fresh database with those reports in it.</summary>
public sealed class PublishedReportsPortal : PortalFactory
{
    public PublishedReports Reports { get; private set; } = null!;

    protected override async Task SeedAsync() => Reports = await PublishedReports.SeedAsync(this);
}

/// <summary>
/// The five seed reports public (published through the workflow or archived, one of them
/// corrected) and, beside them, content that must never be public: a draft, a returned report, a
/// withdrawn publication and a correction still with its bureau. Each of those carries a marker phrase
/// that no public page, feed, search or sitemap may show.
/// </summary>
public sealed class PublishedReports
{
    public const string Shanghai = "上海市人民政府外事办公室";
    public const string Chongqing = "重庆市人民政府外事办公室";
    public const string Changzhou = "常州市人民政府外事办公室";
    public const string Beijing = "北京市人民政府外事办公室";
    public const string Heze = "菏泽市人民政府外事办公室";

    public const string DraftMarker = "草稿中尚未报送的甲字句";
    public const string ReturnedMarker = "退回修改中的乙字句";
    public const string WithdrawnMarker = "已经撤回的丙字句";
    public const string CorrectionDraftMarker = "更正稿尚在审核的丁字句";
    public const string CorrectionMarker = "本报告已更正的戊字句";

    public const string WithdrawnTitle = "常州市人民政府外事办公室2023年度法治政府建设情况报告（已撤回）";

    /// <summary>Chongqing 2020 (seed 001), published through the workflow on 2021-03-25; a correction of it is in review.</summary>
    public int Chongqing2020 { get; private set; }

    /// <summary>Changzhou 2021 (seed 002), written on 2022-03-21, published through the workflow on 2022-04-08: a week late.</summary>
    public int Changzhou2021 { get; private set; }

    /// <summary>Beijing 2023 (seed 003, traditional characters), archived, published on 2024-03-29.</summary>
    public int Beijing2023 { get; private set; }

    /// <summary>Heze 2024 (seed 004), first published on 2025-03-20 and corrected on 2025-04-10.</summary>
    public int Heze2024First { get; private set; }

    public int Heze2024Corrected { get; private set; }

    /// <summary>Shanghai 2020 (seed 000), archived, published on 2020-12-01.</summary>
    public int Shanghai2020 { get; private set; }

    /// <summary>Changzhou 2023, published and then withdrawn.</summary>
    public int Withdrawn { get; private set; }

    public int DraftReport { get; private set; }

    public int ReturnedReport { get; private set; }

    /// <summary>The publication an address points at: <c>/publications/12</c> or <c>http://host/publications/12</c> → 12.</summary>
    public static int IdIn(string address) => int.Parse(address.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);

    private PublishedReports()
    {
    }

    public static async Task<PublishedReports> SeedAsync(PortalFactory portal)
    {
        var set = new PublishedReports();
        await set.AddAsync(portal);
        return set;
    }

    private async Task AddAsync(PortalFactory portal)
    {
        await portal.WithDbAsync(async db =>
        {
            db.ReportingCycles.AddRange(ReportingCycle.Open(2020), ReportingCycle.Open(2021), ReportingCycle.Open(2023), ReportingCycle.Open(2024));

            // Organisation codes (made up, in the national format) for the bureaus that publish through the workflow.
            foreach (var (name, code) in new[] { (Chongqing, "009282615"), (Heze, "004345678") })
            {
                var bureau = await db.Bureaus.SingleAsync(b => b.FullName == name);
                bureau.Update(bureau.FullName, bureau.ShortName, code, bureau.City, bureau.Category, bureau.DefaultAddressee);
            }

            await db.SaveChangesAsync();
        });

        Chongqing2020 = await portal.PublishAsync(Chongqing, 2020, PublicationSeeding.SeedContent("001"), new DateOnly(2021, 3, 25));
        // The seed's page gives its 生成日期 (2022-03-21) in the metadata, not under the text: written here as the 成文日期.
        Changzhou2021 = await portal.PublishAsync(Changzhou, 2021, PublicationSeeding.SeedContent("002") with { DateWritten = new DateOnly(2022, 3, 21) }, new DateOnly(2022, 4, 8));
        Beijing2023 = await portal.ArchiveAsync(Beijing, 2023, PublicationSeeding.SeedContent("003"), new DateOnly(2024, 3, 29));
        Shanghai2020 = await portal.ArchiveAsync(Shanghai, 2020, PublicationSeeding.SeedContent("000"), new DateOnly(2020, 12, 1));
        Heze2024First = await portal.PublishAsync(Heze, 2024, PublicationSeeding.SeedContent("004"), new DateOnly(2025, 3, 20));
        Heze2024Corrected = await portal.CorrectAsync(Heze2024First, CorrectionMarker, new DateOnly(2025, 4, 10));

        await portal.StartCorrectionAsync(Chongqing2020, CorrectionDraftMarker, ReportStatus.Returned);
        DraftReport = await portal.AddReportAsync(Shanghai, 2024, ReportStatus.Draft, Content(Shanghai, 2024, DraftMarker));
        ReturnedReport = await portal.AddReportAsync(Chongqing, 2024, ReportStatus.Returned, Content(Chongqing, 2024, ReturnedMarker));
        Withdrawn = await portal.PublishAsync(Changzhou, 2023, Content(Changzhou, 2023, WithdrawnMarker) with { Title = WithdrawnTitle }, new DateOnly(2024, 3, 1));
        await portal.WithdrawAsync(Withdrawn);
    }

    private static ReportContent Content(string bureau, int year, string marker) =>
        SampleReports.Complete(bureau, "市委、市政府", year) with { Preamble = $"{year}年，我们坚持依法行政。{marker}" };
}
