using LawReport.Domain.Common;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Data;
using LawReport.Infrastructure.Identity;
using LawReport.Tests.Shared;
using LawReport.Web.PageSupport;
using LawReport.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LawReport.Web.Tests.Review;

/// <summary>
/// The portal on a clock the test sets (20 March 2026, Beijing time, unless moved): deadlines, lateness
/// and publication dates are then known in advance.
/// </summary>
public class ClockedPortal : PortalFactory
{
    internal FixedTime Time { get; } = new(new DateTimeOffset(2026, 3, 20, 10, 0, 0, TimeSpan.FromHours(8)));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Time));
    }
}

/// <summary>What the review tests do to the portal's data directly: the steps of other people's pages.</summary>
public static class ReviewSteps
{
    /// <summary>A content with text in every part, so comparisons and PDFs have something to show.</summary>
    public static ReportContent Content(string bureau, int year) => SampleReports.MakeComplete(ReportTemplate.Standard(bureau, "市委、市政府", year) with
    {
        Preamble = $"{year}年，本单位深入学习贯彻习近平法治思想，全面推进法治政府建设。现将有关情况报告如下：",
        Sections = SectionKinds.All.Select(kind => new SectionContent(kind, kind.StandardHeading(year),
            [new ReportItemContent(null, $"关于{kind.StandardHeading(year)}的情况。全年办理行政复议案件12件。")])).ToList(),
        Signature = bureau,
        DateWritten = new DateOnly(year + 1, 2, 20),
    }, year);

    /// <summary>A report walked to <paramref name="status"/> starting at <paramref name="start"/>: it is signed off two hours later.</summary>
    public static Task<int> AddReportSignedOffAsync(this PortalFactory portal, string bureauName, int year, ReportStatus status, DateTimeOffset start) =>
        portal.WithDbAsync(async (db, _) =>
        {
            var bureau = await db.Bureaus.SingleAsync(b => b.FullName == bureauName);
            var report = AnnualReport.Create(bureau, year, Content(bureauName, year), ReportStates.Filer, start.AddHours(-2));
            ReportStates.WalkTo(report, status, start.AddHours(-2));
            db.Reports.Add(report);
            await db.SaveChangesAsync();
            return report.Id;
        });

    public static Task<AnnualReport> ReportAsync(this PortalFactory portal, int id) =>
        portal.WithDbAsync((db, _) => db.Reports.AsNoTracking().Whole().SingleAsync(r => r.Id == id));

    /// <summary>Changes a report through the domain, as the filer's pages (or the test itself) would.</summary>
    public static Task ChangeAsync(this PortalFactory portal, int id, Action<AnnualReport> change) =>
        portal.WithDbAsync(async db =>
        {
            var report = await db.Reports.Whole().SingleAsync(r => r.Id == id);
            change(report);
            await db.SaveChangesAsync();
        });

    public static Task<string> UserIdAsync(this PortalFactory portal, string userName) =>
        portal.WithDbAsync(async (_, services) => (await services.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName))!.Id);

    public static async Task<Actor> ActorAsync(this PortalFactory portal, string userName, string displayName) =>
        new(await portal.UserIdAsync(userName), displayName);

    /// <summary>Values for a form: the field names and what to type.</summary>
    public static Dictionary<string, string?> Fields(params (string Name, string? Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value);
}
