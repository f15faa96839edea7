using LawReport.Documents.Model;
using LawReport.Documents.Pdf;
using LawReport.Domain.Bureaus;
using LawReport.Domain.Common;
using LawReport.Domain.Publishing;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LawReport.Infrastructure.Publishing;

/// <summary>
/// Publishes an approved report: freezes its content in a new <see cref="Publication"/> version, assigns
/// the next 索引号 serial of the bureau and year, sets 公开日期, renders the official PDF once and stores
/// its bytes and SHA-256, marks the report published and, for a correction, the previous version
/// 已更正. All of it happens in one transaction: a failure at any point leaves the report approved, no
/// publication and no serial used.
/// </summary>
public sealed class ReportPublisher(
    AppDbContext db,
    IReportRenderer renderer,
    IPublishingObserver observer,
    IOptions<PublishingOptions> options,
    TimeProvider time,
    ILogger<ReportPublisher> logger)
{
    /// <summary>Attempts when two publications of one bureau take the same serial at once (the unique index refuses one).</summary>
    public const int MaxAttempts = 3;

    private const string StaleMessage = "报告已被他人处理，请刷新页面查看最新状态后再操作。";

    /// <summary>
    /// Publishes report <paramref name="reportId"/> as it stood at <paramref name="expectedVersion"/> (what
    /// the publisher saw). Throws <see cref="DomainException"/> with a Chinese message when it cannot.
    /// </summary>
    public async Task<Publication> PublishAsync(int reportId, Guid expectedVersion, PublicationRequest request, Actor by, CancellationToken cancellationToken = default)
    {
        var publishedOn = time.ChinaToday();
        var report = await db.Reports.AsNoTracking().WithContent()
            .SingleOrDefaultAsync(r => r.Id == reportId, cancellationToken)
            ?? throw new DomainException("找不到这份报告。");
        EnsurePublishable(report, expectedVersion);
        var bureau = await db.Bureaus.AsNoTracking().SingleAsync(b => b.Id == report.BureauId, cancellationToken);

        // Rendered once, before the transaction: the content cannot change while the report is approved
        // (the version is checked again inside), and a retry reuses the same bytes.
        var pdf = Render(report, bureau, publishedOn, request);

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await WriteAsync(reportId, expectedVersion, bureau, publishedOn, request, pdf, by, cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                throw new DomainException(StaleMessage);
            }
            catch (DbUpdateException e) when (attempt < MaxAttempts)
            {
                db.ChangeTracker.Clear();
                logger.LogWarning(e, "Publishing report {ReportId} collided with another publication (attempt {Attempt}); retrying", reportId, attempt);
            }
            catch
            {
                // Whatever failed, the transaction is rolled back; what the context tracked is forgotten too.
                db.ChangeTracker.Clear();
                throw;
            }
        }
    }

    private async Task<Publication> WriteAsync(
        int reportId, Guid expectedVersion, Bureau bureau, DateOnly publishedOn, PublicationRequest request, byte[] pdf, Actor by, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var report = await db.Reports.WithContent()
            .SingleAsync(r => r.Id == reportId, cancellationToken);
        EnsurePublishable(report, expectedVersion);

        var previous = await db.Publications.SingleOrDefaultAsync(p => p.ReportId == reportId && p.State == PublicationState.Current, cancellationToken);
        var version = (await db.Publications.Where(p => p.ReportId == reportId).MaxAsync(p => (int?)p.Version, cancellationToken) ?? 0) + 1;

        // The next serial of the publisher and year among all its publications, withdrawn ones included,
        // so a serial is never reused; the unique index stops two transactions taking the same one.
        var serialYear = publishedOn.Year;
        var serial = (await db.Publications.Where(p => p.BureauId == bureau.Id && p.SerialYear == serialYear).MaxAsync(p => p.Serial, cancellationToken) ?? 0) + 1;
        var number = IndexNumberPattern.Format(options.Value.IndexNumberPattern, bureau.OrganizationCode, serialYear, serial);

        var now = time.GetUtcNow();
        var details = new PublicationDetails(bureau.FullName, publishedOn, options.Value.Category, request.DocumentNumber, request.Summary);
        var publication = Publication.Publish(report, version, number, details, by, now, pdf);
        db.Publications.Add(publication);
        await db.SaveChangesAsync(cancellationToken);

        if (previous is not null)
        {
            // The link needs the new version's id, so it is written second, in the same transaction.
            previous.CorrectedBy(publication);
            await db.SaveChangesAsync(cancellationToken);
        }

        await observer.PublicationWrittenAsync(publication, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return publication;
    }

    private static void EnsurePublishable(AnnualReport report, Guid expectedVersion)
    {
        if (report.Version != expectedVersion)
        {
            throw new DomainException(StaleMessage);
        }

        Publication.EnsurePublishable(report);
    }

    private byte[] Render(AnnualReport report, Bureau bureau, DateOnly publishedOn, PublicationRequest request)
    {
        var metadata = new DisclosureMetadata
        {
            Publisher = bureau.FullName,
            Category = options.Value.Category,
            DatePublished = publishedOn,
            DisclosureMethod = Publication.ActiveDisclosure,
            DocumentNumber = NullIfEmpty(request.DocumentNumber),
            Summary = NullIfEmpty(request.Summary),
        };
        var document = ReportDocument.FromContent(report.Content, bureau.FullName, report.Year, metadata);

        // The creation date is the publication date, as `lawreport render` writes it for a published
        // report, so the file can be rebuilt byte for byte from the stored content.
        RenderedReport rendered;
        try
        {
            rendered = renderer.Render(document, new RenderOptions
            {
                CreationDate = ChinaTime.StartOf(publishedOn),
            });
        }
        catch (FontFileException e)
        {
            throw new DomainException($"{e.Message}请系统管理员检查字体设置后再公开。");
        }

        if (rendered.MissingCharacters.Count > 0)
        {
            throw new DomainException(
                $"报告中有字体无法显示的字符：{string.Concat(rendered.MissingCharacters)}。请系统管理员在字体设置中加入包含这些字符的字体后再公开。");
        }

        return rendered.Bytes;
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
