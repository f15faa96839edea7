using System.Security.Cryptography;
using LawReport.Documents.Import;
using LawReport.Documents.Model;
using LawReport.Documents.Pdf;
using LawReport.Domain.Common;
using LawReport.Domain.Publishing;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Infrastructure.Archive;

/// <summary>
/// Stores reports published before the portal existed as published historical reports: the bureau
/// (found or created), the report in status 已公开, and its publication with the official PDF rendered
/// once — all in one transaction. A file is recognised by its SHA-256, so archiving it again stores
/// nothing; another file for a bureau and year that already have a report is refused. Bad input and
/// content beyond the domain's limits give a Chinese message, never an exception.
/// </summary>
public sealed class ReportArchive(AppDbContext db, IReportRenderer renderer, TimeProvider time)
{
    /// <summary>The hash a source file is recognised by, lower-case hex.</summary>
    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// The 公开日期 of an archived report: the one the page states, else the date written; a report that
    /// states neither is taken as published on the last day the regulation allows (4月1日 of the next
    /// year, 第二十四条), and <see cref="PublicationDate.Assumed"/> says so. Null without a year.
    /// </summary>
    public static PublicationDate? PublicationDateOf(ReportDocument report) =>
        report.Metadata?.DatePublished is { } published ? new PublicationDate(published, "原文的公开日期", Assumed: false)
        : report.DateWritten is { } written ? new PublicationDate(written, "原文的成文日期", Assumed: false)
        : report.Year is { } year ? new PublicationDate(new DateOnly(year + 1, 4, 1), "原文没有日期，按公开期限次年4月1日计", Assumed: true)
        : null;

    /// <summary>The existing bureau a report's bureau name denotes (what archiving it would choose), if any.</summary>
    public async Task<int?> MatchingBureauAsync(string? name, CancellationToken cancellationToken = default) =>
        PlainText.Line(name) is { Length: > 0 } line && (await ArchiveBureaus.FindAsync(db, line, cancellationToken)).Found is { } bureau
            ? bureau.Id
            : null;

    /// <summary>The publication a source file was archived as, if it was.</summary>
    public Task<ArchivedSource?> FindArchivedAsync(string sourceSha256, CancellationToken cancellationToken = default) =>
        (from publication in db.Publications
         join bureau in db.Bureaus on publication.BureauId equals bureau.Id
         where publication.SourceSha256 == sourceSha256 && publication.Origin == PublicationOrigin.Archive
         select new ArchivedSource(publication.Id, bureau.FullName, publication.Year))
        .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Reads the file at <paramref name="path"/>, imports it and archives the report as it was read (the command line, the first run's seeds).</summary>
    public async Task<ArchiveResult> ArchiveFileAsync(string path, Actor by, string? bureauName = null, CancellationToken cancellationToken = default)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return ArchiveResult.Refused($"找不到文件：{path}");
        }

        if (file.Length > ImportLimits.MaxFileBytes)
        {
            return ArchiveResult.Refused(ImportLimits.TooLargeMessage(file.Length));
        }

        try
        {
            return await ArchiveFileAsync(await File.ReadAllBytesAsync(path, cancellationToken), file.Name, by, bureauName, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ArchiveResult.Refused($"无法读取文件 {path}：{e.Message}");
        }
    }

    /// <summary>Imports a file's bytes and archives the report as it was read.</summary>
    public async Task<ArchiveResult> ArchiveFileAsync(byte[] bytes, string fileName, Actor by, string? bureauName = null, CancellationToken cancellationToken = default)
    {
        var sha256 = Sha256(bytes);
        if (await FindArchivedAsync(sha256, cancellationToken) is { } archived)
        {
            return AlreadyArchived(archived);
        }

        var imported = ReportImporter.Import(bytes, fileName);
        return imported.Succeeded
            ? await ArchiveAsync(new ArchiveRequest(imported.Report, sha256, by) { BureauName = bureauName }, cancellationToken)
            : ArchiveResult.Refused(imported.Error);
    }

    public async Task<ArchiveResult> ArchiveAsync(ArchiveRequest request, CancellationToken cancellationToken = default)
    {
        if (await FindArchivedAsync(request.SourceSha256, cancellationToken) is { } archived)
        {
            return AlreadyArchived(archived);
        }

        var document = request.Report;
        if (document.Year is not { } year || PublicationDateOf(document) is not { } publicationDate)
        {
            return ArchiveResult.Refused("没能识别出报告的年度。请在“导入历史报告”页面上传这个文件，核对并填写年度后归档。");
        }

        try
        {
            var (bureau, isNew) = await ArchiveBureaus.FindOrCreateAsync(db, request, cancellationToken);
            if (!isNew && await ExistingReportAsync(bureau.Id, year, cancellationToken) is { } existing)
            {
                return ArchiveResult.Refused($"{bureau.FullName}的{year}年度报告已存在（{existing.Label()}），未归档此文件。同一单位同一年度只能有一份报告；如果这份是更正后的版本，请先撤回原报告。");
            }

            // The domain checks the content against its limits before anything is rendered or stored;
            // the bureau may not have an id yet, which this check does not need.
            var at = time.GetUtcNow();
            var content = AnnualReport.CreateArchived(bureau, year, document.ToContent(), request.By, at).Content;
            var rendered = renderer.Render(
                ReportDocument.FromContent(content, bureau.FullName, year, document.Metadata),
                new RenderOptions
                {
                    CreationDate = ChinaTime.StartOf(publicationDate.Date),
                    Author = bureau.FullName,
                });
            if (rendered.MissingCharacters.Count > 0)
            {
                return ArchiveResult.Refused($"以下字符没有任何字体可以显示：{string.Concat(rendered.MissingCharacters)}。请先在字体设置中加入包含这些字符的字体，再归档。");
            }

            var publicationId = await StoreAsync(request, bureau, isNew, year, publicationDate.Date, content, rendered.Bytes, at, cancellationToken);
            var assumed = publicationDate.Assumed ? $"（{publicationDate.Basis}）" : "";
            return new ArchiveResult(
                ArchiveOutcome.Archived,
                $"已归档：{bureau.FullName}{year}年度报告，公开日期{ChineseDate.Format(publicationDate.Date)}{assumed}{(isNew ? "；新建了单位（停用状态，需要时请在单位管理中启用）" : "")}。")
            {
                PublicationId = publicationId,
                BureauId = bureau.Id,
                BureauCreated = isNew,
            };
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return ArchiveResult.Refused(e.Message);
        }
        catch (DbUpdateException)
        {
            // Someone archived the same file, or filed a report for this bureau and year, at the same moment.
            db.ChangeTracker.Clear();
            return await FindArchivedAsync(request.SourceSha256, cancellationToken) is { } raced
                ? AlreadyArchived(raced)
                : ArchiveResult.Refused("保存时发现同一单位同一年度的报告或同名单位刚被他人创建，未归档。请刷新后重试。");
        }
    }

    private async Task<ReportStatus?> ExistingReportAsync(int bureauId, int year, CancellationToken cancellationToken) =>
        await db.Reports.Where(r => r.BureauId == bureauId && r.Year == year).Select(r => (ReportStatus?)r.Status).FirstOrDefaultAsync(cancellationToken);

    private async Task<int> StoreAsync(
        ArchiveRequest request,
        Domain.Bureaus.Bureau bureau,
        bool isNewBureau,
        int year,
        DateOnly publishedOn,
        ReportContent content,
        byte[] pdf,
        DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (isNewBureau)
        {
            db.Bureaus.Add(bureau);
            await db.SaveChangesAsync(cancellationToken);
        }

        var report = AnnualReport.CreateArchived(bureau, year, content, request.By, at);
        db.Reports.Add(report);
        await db.SaveChangesAsync(cancellationToken);

        var metadata = request.Report.Metadata;
        var details = new PublicationDetails(
            Publisher: PlainText.Line(metadata?.Publisher) is { Length: > 0 } publisher ? publisher : bureau.FullName,
            PublishedOn: publishedOn,
            Category: metadata?.Category ?? "",
            DocumentNumber: metadata?.DocumentNumber ?? "",
            Summary: metadata?.Summary ?? "",
            DisclosureMethod: metadata?.DisclosureMethod ?? Publication.ActiveDisclosure);
        var publication = Publication.Archive(report, metadata?.IndexNumber ?? "", details, request.SourceSha256, request.By, at, pdf);
        db.Publications.Add(publication);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return publication.Id;
    }

    private static ArchiveResult AlreadyArchived(ArchivedSource archived) =>
        new(ArchiveOutcome.AlreadyArchived, $"已存在，跳过：这个文件已归档为{archived.Bureau}{archived.Year}年度报告。")
        {
            PublicationId = archived.PublicationId,
        };
}

/// <summary>A publication an archived source file became.</summary>
public sealed record ArchivedSource(int PublicationId, string Bureau, int Year);

/// <summary>The 公开日期 an archived report gets, and what it was taken from (in Chinese).</summary>
public sealed record PublicationDate(DateOnly Date, string Basis, bool Assumed);
