using System.Security.Cryptography;
using LawReport.Domain.Audit;
using LawReport.Domain.Common;
using LawReport.Domain.Publishing;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Publishing;
using LawReport.Infrastructure.Tests.Support;
using LawReport.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LawReport.Infrastructure.Tests.Publishing;

/// <summary>
/// Publishing is one transaction: the number, the frozen content, the PDF and the report's status come
/// together or not at all. Runs on the real database and the real PDF renderer.
/// </summary>
public sealed class PublishingTransaction : IAsyncLifetime
{
    private readonly FailingObserver _observer = new();
    private ServicesOnTestDatabase _services = null!;
    private int _bureauId;

    public async Task InitializeAsync()
    {
        _services = await ServicesOnTestDatabase.StartAsync(services => services.AddSingleton<IPublishingObserver>(_observer));
        _bureauId = await _services.AddBureauAsync("常州市人民政府外事办公室", "014109568");
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task An_approved_report_is_published_with_the_next_index_number_its_pdf_and_hash()
    {
        var id = await _services.AddReportAsync(_bureauId, 2025, ReportStatus.Approved);

        var publication = await PublishAsync(id);

        Assert.Equal("014109568/2026-00001", publication.IndexNumber);
        Assert.Equal((1, 1, 2026), (publication.Version, publication.Serial!.Value, publication.SerialYear!.Value));
        Assert.Equal(new DateOnly(2026, 3, 20), publication.PublishedOn);
        Assert.Equal("综合政务", publication.Category);
        var stored = await _services.WithDbAsync((db, _) => db.Publications.Include(p => p.File).SingleAsync(p => p.Id == publication.Id));
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(stored.File!.Bytes, 0, 4));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(stored.File.Bytes)), stored.PdfSha256);
        Assert.Equal(stored.File.Bytes.Length, stored.PdfLength);
        var report = await LoadAsync(id);
        Assert.Equal(ReportStatus.Published, report.Status);
        Assert.Equal("索引号 014109568/2026-00001", report.History[^1].Comment);
        Assert.True(await _services.WithDbAsync((db, _) => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.PublicationCreated && e.ReportId == id)));
    }

    [Fact]
    public async Task A_failure_after_rendering_leaves_no_publication_no_used_serial_and_an_approved_report_and_a_retry_succeeds()
    {
        var id = await _services.AddReportAsync(_bureauId, 2024, ReportStatus.Approved);
        var version = (await LoadAsync(id)).Version;
        var auditBefore = await _services.WithDbAsync((db, _) => db.AuditEntries.CountAsync());
        _observer.FailNext = true;

        await Assert.ThrowsAsync<SimulatedCrash>(() => PublishAsync(id));

        Assert.True(_observer.SawWrittenPublication);
        Assert.Equal(0, await _services.WithDbAsync((db, _) => db.Publications.CountAsync()));
        Assert.Equal(0, await _services.WithDbAsync((db, _) => db.PublicationFiles.CountAsync()));
        var report = await LoadAsync(id);
        Assert.Equal(ReportStatus.Approved, report.Status);
        Assert.Equal(version, report.Version);
        Assert.Equal(auditBefore, await _services.WithDbAsync((db, _) => db.AuditEntries.CountAsync()));

        var retried = await PublishAsync(id);

        Assert.Equal("014109568/2026-00001", retried.IndexNumber);
        Assert.Equal(ReportStatus.Published, (await LoadAsync(id)).Status);
    }

    [Fact]
    public async Task Serials_run_per_publisher_and_year_and_are_never_reused_after_a_withdrawal()
    {
        var first = await _services.AddReportAsync(_bureauId, 2023, ReportStatus.Approved);
        var second = await _services.AddReportAsync(_bureauId, 2022, ReportStatus.Approved);
        var otherBureau = await _services.AddBureauAsync("菏泽市人民政府外事办公室", "91371700MA3C4XYZ1K");
        var other = await _services.AddReportAsync(otherBureau, 2023, ReportStatus.Approved);

        var withdrawn = await PublishAsync(first);
        await _services.WithDbAsync(async db =>
        {
            var report = await db.Reports.SingleAsync(r => r.Id == first);
            var publication = await db.Publications.SingleAsync(p => p.Id == withdrawn.Id);
            Publication.Withdraw(report, publication, ReportStates.Lead, "含有不应公开的信息。", _services.Time.GetUtcNow());
            await db.SaveChangesAsync();
        });
        var next = await PublishAsync(second);
        var elsewhere = await PublishAsync(other);

        Assert.Equal("014109568/2026-00002", next.IndexNumber);
        Assert.Equal("91371700MA3C4XYZ1K/2026-00001", elsewhere.IndexNumber);
    }

    [Fact]
    public async Task A_correction_publishes_a_new_version_and_marks_the_old_one_corrected()
    {
        var id = await _services.AddReportAsync(_bureauId, 2021, ReportStatus.Approved);
        var original = await PublishAsync(id);
        await _services.WithDbAsync(async db =>
        {
            var report = await db.Reports.Include(r => r.Sections).ThenInclude(s => s.Items).Include(r => r.Revisions).AsSplitQuery().SingleAsync(r => r.Id == id);
            report.StartCorrection(ReportStates.Lead, "第一部分数据有误。", _services.Time.GetUtcNow());
            report.UpdateSection(1, "主要举措和成效（更正）", [new ReportItemContent(null, "更正后的数据。")], _services.Time.GetUtcNow());
            ReportStates.WalkTo(report, ReportStatus.Approved, _services.Time.GetUtcNow());
            await db.SaveChangesAsync();
        });

        var corrected = await PublishAsync(id);

        Assert.Equal(2, corrected.Version);
        Assert.Contains(corrected.Content.Sections[0].Items, i => i.Body == "更正后的数据。");
        var old = await _services.WithDbAsync((db, _) => db.Publications.SingleAsync(p => p.Id == original.Id));
        Assert.Equal(PublicationState.Corrected, old.State);
        Assert.Equal(corrected.Id, old.CorrectedById);
        Assert.Equal("已更正", old.Validity);
    }

    [Fact]
    public async Task Publishing_what_someone_changed_meanwhile_or_what_is_not_approved_is_refused()
    {
        var approved = await _services.AddReportAsync(_bureauId, 2020, ReportStatus.Approved);
        var inReview = await _services.AddReportAsync(_bureauId, 2019, ReportStatus.InReview);

        var stale = await Assert.ThrowsAsync<DomainException>(() => PublishAsync(approved, Guid.NewGuid()));
        var early = await Assert.ThrowsAsync<DomainException>(() => PublishAsync(inReview));

        Assert.Contains("已被他人处理", stale.Message);
        Assert.Contains("审核通过后才能公开", early.Message);
        Assert.Equal(0, await _services.WithDbAsync((db, _) => db.Publications.CountAsync()));
    }

    [Fact]
    public async Task Without_an_organization_code_nothing_is_published_and_the_reason_is_given()
    {
        var bureau = await _services.AddBureauAsync("北京市人民政府外事办公室", "");
        var id = await _services.AddReportAsync(bureau, 2023, ReportStatus.Approved);

        var error = await Assert.ThrowsAsync<DomainException>(() => PublishAsync(id));

        Assert.Contains("机构代码", error.Message);
        Assert.Equal(ReportStatus.Approved, (await LoadAsync(id)).Status);
    }

    [Fact]
    public async Task Two_publications_of_one_bureau_at_once_get_different_serials()
    {
        var first = await _services.AddReportAsync(_bureauId, 2018, ReportStatus.Approved);
        var second = await _services.AddReportAsync(_bureauId, 2017, ReportStatus.Approved);

        var published = await Task.WhenAll(PublishAsync(first), PublishAsync(second));

        Assert.Equal([1, 2], published.Select(p => p.Serial!.Value).Order());
    }

    private async Task<Publication> PublishAsync(int id, Guid? version = null)
    {
        var seen = version ?? (await LoadAsync(id)).Version;
        return await _services.WithDbAsync((_, services) =>
            services.GetRequiredService<ReportPublisher>().PublishAsync(id, seen, new PublicationRequest(), ReportStates.Lead));
    }

    private Task<AnnualReport> LoadAsync(int id) =>
        _services.WithDbAsync((db, _) => db.Reports.AsNoTracking().Include(r => r.History).SingleAsync(r => r.Id == id));

    /// <summary>Kills the next publication after it is rendered and written, before the commit.</summary>
    private sealed class FailingObserver : IPublishingObserver
    {
        public bool FailNext { get; set; }

        public bool SawWrittenPublication { get; private set; }

        public Task PublicationWrittenAsync(Publication publication, CancellationToken cancellationToken)
        {
            if (!FailNext)
            {
                return Task.CompletedTask;
            }

            FailNext = false;
            SawWrittenPublication = publication.Id > 0 && publication.File?.Bytes.Length > 0;
            throw new SimulatedCrash();
        }
    }

    private sealed class SimulatedCrash() : Exception("Simulated crash between writing the publication and committing it.");
}
