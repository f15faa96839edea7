using System.Security.Cryptography;
using LawReport.Domain.Publishing;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Data;
using LawReport.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LawReport.Web.Tests.Operations;

/// <summary>In Development the public portal opens with real reports: the five seeds, archived for the demo bureaus, once.</summary>
public class SeedReportsOnFirstRun(DevelopmentPortal portal) : IClassFixture<DevelopmentPortal>
{
    [Fact]
    public async Task The_first_start_archives_the_five_seed_reports_each_with_a_pdf_matching_its_hash()
    {
        var publications = await portal.WithDbAsync((db, _) => db.Publications.Include(p => p.File)
            .Join(db.Bureaus, p => p.BureauId, b => b.Id, (p, b) => new { Publication = p, Bureau = b.FullName })
            .ToListAsync());

        Assert.Equal(DemoData.Reports.Select(r => r.Bureau).Order(), publications.Select(p => p.Bureau).Order());
        Assert.All(publications, p =>
        {
            Assert.Equal((PublicationOrigin.Archive, PublicationState.Current), (p.Publication.Origin, p.Publication.State));
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(p.Publication.File!.Bytes)), p.Publication.PdfSha256);
            Assert.Equal(p.Publication.File.Bytes.Length, p.Publication.PdfLength);
        });
        Assert.Equal(
            [(2020, "上海市人民政府外事办公室"), (2020, DemoData.FilerBureau), (2021, "常州市人民政府外事办公室"), (2023, "北京市人民政府外事办公室"), (2024, "菏泽市人民政府外事办公室")],
            publications.Select(p => (p.Publication.Year, p.Bureau)).OrderBy(p => p.Year).ThenBy(p => p.Bureau, StringComparer.Ordinal));
        Assert.Equal(5, await portal.WithDbAsync((db, _) => db.Reports.CountAsync(r => r.Status == ReportStatus.Published)));
    }

    [Fact]
    public async Task Starting_again_adds_nothing()
    {
        var before = await CountsAsync(portal.Services);

        await using var secondStart = portal.WithWebHostBuilder(_ => { });
        var after = await CountsAsync(secondStart.Services);

        Assert.Equal((5, 5, 5), before);
        Assert.Equal(before, after);
    }

    private static async Task<(int Bureaus, int Reports, int Publications)> CountsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.Bureaus.CountAsync(), await db.Reports.CountAsync(), await db.Publications.CountAsync());
    }
}
