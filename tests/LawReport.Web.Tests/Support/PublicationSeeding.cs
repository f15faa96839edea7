using LawReport.Documents.Import;
using LawReport.Documents.Model;
using LawReport.Documents.Pdf;
using LawReport.Domain.Bureaus;
using LawReport.Domain.Common;
using LawReport.Domain.Publishing;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Data;
using LawReport.Tests.Shared;
using LawReport.Web.PageSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LawReport.Web.Tests.Support;

/// <summary>
/// Puts publications into a test portal's database through the domain, with real PDFs rendered by the
/// app's own renderer: reports walked to Approved and published, reports archived as published
/// elsewhere, corrections and withdrawals. Content comes from the real seed reports.
/// </summary>
public static class PublicationSeeding
{
    /// <summary>Used when a bureau has no organisation code yet: the 索引号 needs one.</summary>
    private const string TestOrganizationCode = "000000000";

    /// <summary>The content of a seed report (000 Shanghai 2020 … 004 Heze 2024), as the importer reads it.</summary>
    public static ReportContent SeedContent(string prefix) =>
        ReportImporter.ImportFile(RepositoryPaths.Seed(prefix)).Report?.ToContent()
        ?? throw new InvalidOperationException($"Seed {prefix} does not import.");

    /// <summary>The moment a report is published on a date: ten in the morning, Beijing time.</summary>
    public static DateTimeOffset At(DateOnly date) => new(date.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));

    /// <summary>Walks a new report to Approved and publishes it (version 1, with a 索引号). Returns the publication's id.</summary>
    public static Task<int> PublishAsync(this PortalFactory portal, string bureauName, int year, ReportContent content, DateOnly publishedOn, string category = "综合政务") =>
        portal.WithDbAsync(async (db, services) =>
        {
            var bureau = await db.Bureaus.SingleAsync(b => b.FullName == bureauName);
            // Published through the workflow, so it must pass the completeness check at 提交签发.
            var report = AnnualReport.Create(bureau, year, SampleReports.MakeComplete(content, year), ReportStates.Filer, ReportSeeding.Start);
            ReportStates.WalkTo(report, ReportStatus.Approved, ReportSeeding.Start);
            db.Reports.Add(report);
            await db.SaveChangesAsync();
            var publication = await PublishApprovedAsync(db, services, bureau, report, version: 1, publishedOn, category);
            return publication.Id;
        });

    /// <summary>Archives a report published before the portal existed, as <c>lawreport archive</c> does. Returns the publication's id.</summary>
    public static Task<int> ArchiveAsync(this PortalFactory portal, string bureauName, int year, ReportContent content, DateOnly publishedOn, string indexNumber = "") =>
        portal.WithDbAsync(async (db, services) =>
        {
            var bureau = await db.Bureaus.SingleAsync(b => b.FullName == bureauName);
            var at = At(publishedOn);
            var report = AnnualReport.CreateArchived(bureau, year, content, Actor.System, at);
            db.Reports.Add(report);
            await db.SaveChangesAsync();
            var pdf = Render(services, content, bureau, year, at);
            var sourceSha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(content.Title + year)));
            var publication = Publication.Archive(report, indexNumber, new PublicationDetails(bureau.FullName, publishedOn, "综合政务"), sourceSha256, Actor.System, at, pdf);
            db.Publications.Add(publication);
            await db.SaveChangesAsync();
            return publication.Id;
        });

    /// <summary>
    /// Corrects a published report: it goes back to the bureau, gets <paramref name="addedParagraph"/> at the
    /// end of its opening, is approved again and published as the next version; the old one is marked 已更正.
    /// Returns the new publication's id.
    /// </summary>
    public static Task<int> CorrectAsync(this PortalFactory portal, int publicationId, string addedParagraph, DateOnly publishedOn) =>
        portal.WithDbAsync(async (db, services) =>
        {
            var (old, report, bureau) = await LoadAsync(db, publicationId);
            StartCorrection(report, addedParagraph, At(publishedOn).AddDays(-7));
            ReportStates.WalkTo(report, ReportStatus.Approved, At(publishedOn).AddDays(-6));
            var newer = await PublishApprovedAsync(db, services, bureau, report, old.Version + 1, publishedOn, old.Category);
            old.CorrectedBy(newer);
            await db.SaveChangesAsync();
            return newer.Id;
        });

    /// <summary>Starts a correction and leaves the new text with the bureau in <paramref name="status"/> (Draft or Returned).</summary>
    public static Task StartCorrectionAsync(this PortalFactory portal, int publicationId, string addedParagraph, ReportStatus status) =>
        portal.WithDbAsync(async db =>
        {
            var (_, report, _) = await LoadAsync(db, publicationId);
            StartCorrection(report, addedParagraph, ReportSeeding.Start.AddYears(1));
            ReportStates.WalkTo(report, status, ReportSeeding.Start.AddYears(1));
            await db.SaveChangesAsync();
        });

    /// <summary>Withdraws a publication (and its report), with a reason.</summary>
    public static Task WithdrawAsync(this PortalFactory portal, int publicationId, string reason = "内容有误，撤回核实。") =>
        portal.WithDbAsync(async db =>
        {
            var (publication, report, _) = await LoadAsync(db, publicationId);
            var at = At(publication.PublishedOn).AddDays(1);
            Publication.Withdraw(report, publication, ReportStates.Lead, reason, at);
            await db.SaveChangesAsync();
        });

    private static async Task<Publication> PublishApprovedAsync(
        AppDbContext db, IServiceProvider services, Bureau bureau, AnnualReport report, int version, DateOnly publishedOn, string category)
    {
        var at = At(publishedOn);
        var code = bureau.OrganizationCode.Length > 0 ? bureau.OrganizationCode : TestOrganizationCode;
        var serial = (await db.Publications.Where(p => p.BureauId == bureau.Id && p.SerialYear == publishedOn.Year).MaxAsync(p => p.Serial) ?? 0) + 1;
        var number = IndexNumberPattern.Format(IndexNumberPattern.Default, code, publishedOn.Year, serial);
        var pdf = Render(services, report.Content, bureau, report.Year, at);
        var publication = Publication.Publish(report, version, number, new PublicationDetails(bureau.FullName, publishedOn, category), ReportStates.Lead, at, pdf);
        db.Publications.Add(publication);
        await db.SaveChangesAsync();
        return publication;
    }

    private static byte[] Render(IServiceProvider services, ReportContent content, Bureau bureau, int year, DateTimeOffset at) =>
        services.GetRequiredService<IReportRenderer>()
            .Render(ReportDocument.FromContent(content, bureau.FullName, year), new RenderOptions { CreationDate = at })
            .Bytes;

    private static void StartCorrection(AnnualReport report, string addedParagraph, DateTimeOffset at)
    {
        report.StartCorrection(ReportStates.Lead, "更正文字错误。", at);
        report.UpdateDetails(
            report.Title,
            report.Addressee,
            report.Preamble + PlainText.ParagraphSeparator + addedParagraph,
            report.Closing,
            report.Signature,
            report.DateWritten,
            report.Note,
            at);
    }

    private static async Task<(Publication Publication, AnnualReport Report, Bureau Bureau)> LoadAsync(AppDbContext db, int publicationId)
    {
        var publication = await db.Publications.SingleAsync(p => p.Id == publicationId);
        var report = await db.Reports.Whole().SingleAsync(r => r.Id == publication.ReportId);
        var bureau = await db.Bureaus.SingleAsync(b => b.Id == publication.BureauId);
        return (publication, report, bureau);
    }
}
