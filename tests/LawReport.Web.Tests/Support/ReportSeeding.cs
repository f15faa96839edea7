using LawReport.Domain.Reports;
using LawReport.Infrastructure.Data;
using LawReport.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Tests.Support;

/// <summary>Puts reports in given statuses into a test portal's database, through the domain's workflow.</summary>
public static class ReportSeeding
{
    public static readonly DateTimeOffset Start = new(2026, 2, 1, 1, 0, 0, TimeSpan.Zero);

    public static Task<int> AddReportAsync(this PortalFactory portal, string bureauName, int year, ReportStatus status, ReportContent? content = null) =>
        portal.WithDbAsync(async (db, _) =>
        {
            var bureau = await db.Bureaus.SingleAsync(b => b.FullName == bureauName);
            var report = AnnualReport.Create(
                bureau, year, content ?? SampleReports.Complete(bureau.FullName, bureau.DefaultAddressee, year), ReportStates.Filer, Start);
            ReportStates.WalkTo(report, status, Start);
            db.Reports.Add(report);
            await db.SaveChangesAsync();
            return report.Id;
        });
}
