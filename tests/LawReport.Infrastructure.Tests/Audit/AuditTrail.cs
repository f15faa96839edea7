using LawReport.Domain.Audit;
using LawReport.Domain.Reports;
using LawReport.Domain.Users;
using LawReport.Infrastructure.Identity;
using LawReport.Infrastructure.Tests.Support;
using LawReport.Tests.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LawReport.Infrastructure.Tests.Audit;

/// <summary>Every save that moves a report writes its audit entries in the same save; entries never change.</summary>
public sealed class AuditTrail : IAsyncLifetime
{
    private ServicesOnTestDatabase _services = null!;
    private int _bureauId;

    public async Task InitializeAsync()
    {
        _services = await ServicesOnTestDatabase.StartAsync();
        _bureauId = await _services.AddBureauAsync("常州市人民政府外事办公室");
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task A_transition_is_recorded_with_who_when_from_where_and_what()
    {
        var id = await _services.AddReportAsync(_bureauId, 2025, ReportStatus.AwaitingSignOff);
        var at = new DateTimeOffset(2026, 2, 27, 9, 30, 0, TimeSpan.Zero);
        _services.Actor = new AuditActor("lead-1", "李强", "192.168.1.20");

        await _services.WithDbAsync(async db =>
        {
            var report = await db.Reports.Include(r => r.Sections).ThenInclude(s => s.Items).Include(r => r.Revisions).SingleAsync(r => r.Id == id);
            report.SignOff(ReportStates.Lead, at, "同意报送。");
            await db.SaveChangesAsync();
        });

        var entry = await _services.WithDbAsync((db, _) => db.AuditEntries.OrderBy(e => e.Id).LastAsync());
        Assert.Equal(AuditAction.ReportTransition, entry.Action);
        Assert.Equal((ReportStates.Lead.UserId, "李强", "192.168.1.20"), (entry.ActorId, entry.ActorName, entry.RemoteAddress));
        Assert.Equal(at, entry.At);
        Assert.Equal("签发报送：待签发 → 已报送", entry.Summary);
        Assert.Equal("同意报送。", entry.Details);
        Assert.Equal((id, _bureauId), (entry.ReportId!.Value, entry.BureauId!.Value));
        Assert.Contains("2025年度法治政府建设情况报告", entry.Target);
    }

    [Fact]
    public async Task A_report_created_and_moved_in_one_save_is_recorded_step_by_step()
    {
        await _services.AddReportAsync(_bureauId, 2024, ReportStatus.InReview);

        var entries = await _services.WithDbAsync((db, _) => db.AuditEntries.Where(e => e.BureauId == _bureauId).OrderBy(e => e.At).ToListAsync());

        Assert.Equal(
            ["新建报告（草稿）", "提交签发：草稿 → 待签发", "签发报送：待签发 → 已报送", "开始审核：已报送 → 审核中"],
            entries.Select(e => e.Summary));
        Assert.Equal(AuditAction.ReportCreated, entries[0].Action);
    }

    [Fact]
    public async Task A_save_that_fails_leaves_no_entry()
    {
        var id = await _services.AddReportAsync(_bureauId, 2023, ReportStatus.Submitted);
        var before = await _services.WithDbAsync((db, _) => db.AuditEntries.CountAsync());

        await _services.WithDbAsync(async db =>
        {
            var report = await db.Reports.SingleAsync(r => r.Id == id);
            report.StartReview(ReportStates.Reviewer, ServicesOnTestDatabase.ReportSeedingStart.AddDays(1));
            db.Entry(report).Property(r => r.Version).OriginalValue = Guid.NewGuid();
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        });

        Assert.Equal(before, await _services.WithDbAsync((db, _) => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Entries_revisions_and_published_files_cannot_be_changed_or_deleted()
    {
        var id = await _services.AddReportAsync(_bureauId, 2022, ReportStatus.Submitted);

        await _services.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.FirstAsync();
            db.Entry(entry).Property(e => e.Details).CurrentValue = "篡改";
            Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
            db.ChangeTracker.Clear();

            db.AuditEntries.Remove(await db.AuditEntries.FirstAsync());
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            db.ChangeTracker.Clear();

            var revision = (await db.Reports.Include(r => r.Revisions).SingleAsync(r => r.Id == id)).Revisions.Single();
            db.Entry(revision).Property(r => r.SubmittedByName).CurrentValue = "他人";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        });
    }

    [Fact]
    public async Task Role_changes_are_recorded_with_before_and_after()
    {
        await _services.AddUserAsync("czfiler", Roles.Filer, _bureauId);
        _services.Actor = new AuditActor("secadmin-1", "钱进", "10.9.9.9");

        await _services.WithDbAsync(async (_, services) =>
        {
            var user = (await services.GetRequiredService<UserManager<AppUser>>().FindByNameAsync("czfiler"))!;
            var result = await services.GetRequiredService<UserAccounts>().SetRolesAsync(user, [Roles.BureauLead]);
            Assert.True(result.Succeeded);
            return true;
        });

        var entry = await _services.WithDbAsync((db, _) => db.AuditEntries.Where(e => e.Action == AuditAction.RolesChanged).OrderBy(e => e.Id).LastAsync());
        Assert.Equal("角色：填报人 → 单位负责人", entry.Summary);
        Assert.Equal("增加：单位负责人；移除：填报人", entry.Details);
        Assert.Equal(("钱进", "10.9.9.9"), (entry.ActorName, entry.RemoteAddress));
        Assert.Equal("账号 czfiler（czfiler）", entry.Target);
    }

    [Fact]
    public async Task Sign_ins_are_recorded_whether_they_succeed_or_not()
    {
        await _services.AddUserAsync("someone", Roles.Reviewer, null);
        _services.Actor = new AuditActor("", "匿名用户", "203.0.113.5");

        await _services.WithDbAsync(async (_, services) =>
        {
            var audit = services.GetRequiredService<Infrastructure.Audit.AuditLog>();
            await audit.RecordSignInAsync("someone", SignInResult.Success);
            await audit.RecordSignInAsync("someone", SignInResult.Failed);
            await audit.RecordSignInAsync("nobody", SignInResult.Failed);
            await audit.RecordSignInAsync("someone", SignInResult.LockedOut);
            return true;
        });

        var entries = await _services.WithDbAsync((db, _) =>
            db.AuditEntries.Where(e => e.Action == AuditAction.SignInSucceeded || e.Action == AuditAction.SignInFailed).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([AuditAction.SignInSucceeded, AuditAction.SignInFailed, AuditAction.SignInFailed, AuditAction.SignInFailed], entries.Select(e => e.Action));
        Assert.Equal(["", "密码错误", "用户名不存在", "账号已锁定"], entries.Select(e => e.Details));
        Assert.All(entries, e => Assert.Equal("203.0.113.5", e.RemoteAddress));
        Assert.NotEqual("", entries[0].ActorId);
        Assert.Equal("", entries[2].ActorId);
    }
}
