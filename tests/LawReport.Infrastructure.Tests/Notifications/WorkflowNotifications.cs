using LawReport.Domain.Notifications;
using LawReport.Domain.Reports;
using LawReport.Domain.Users;
using LawReport.Infrastructure.Tests.Support;
using LawReport.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Infrastructure.Tests.Notifications;

/// <summary>A transition saved anywhere notifies the people who act next, in the same save.</summary>
public sealed class WorkflowNotifications : IAsyncLifetime
{
    private ServicesOnTestDatabase _services = null!;
    private int _bureauId;
    private int _otherBureauId;
    private readonly Dictionary<string, string> _users = [];

    public async Task InitializeAsync()
    {
        _services = await ServicesOnTestDatabase.StartAsync();
        _bureauId = await _services.AddBureauAsync("常州市人民政府外事办公室");
        _otherBureauId = await _services.AddBureauAsync("菏泽市人民政府外事办公室", "");
        _users["filer"] = await _services.AddUserAsync("czfiler", Roles.Filer, _bureauId);
        _users["lead"] = await _services.AddUserAsync("czlead", Roles.BureauLead, _bureauId);
        _users["otherLead"] = await _services.AddUserAsync("hzlead", Roles.BureauLead, _otherBureauId);
        _users["reviewer1"] = await _services.AddUserAsync("reviewer1", Roles.Reviewer, null);
        _users["reviewer2"] = await _services.AddUserAsync("reviewer2", Roles.Reviewer, null);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Signing_off_tells_every_reviewer_and_the_bureaus_filers_but_not_other_bureaus()
    {
        var id = await _services.AddReportAsync(_bureauId, 2025, ReportStatus.AwaitingSignOff);
        var lead = new Domain.Common.Actor(_users["lead"], "czlead");

        await Transition(id, report => report.SignOff(lead, _services.Time.GetUtcNow()));

        var notifications = await NotificationsAbout(id);
        Assert.Equal(
            new[] { _users["filer"], _users["reviewer1"], _users["reviewer2"] }.Order(),
            notifications.Select(n => n.UserId).Order());
        Assert.All(notifications, n => Assert.Equal(NotificationKind.Workflow, n.Kind));
        Assert.Contains("已签发报送，等待审核", notifications.First(n => n.UserId == _users["reviewer1"]).Text);
    }

    [Fact]
    public async Task The_one_who_acts_is_not_told_about_it()
    {
        var id = await _services.AddReportAsync(_bureauId, 2024, ReportStatus.InReview);
        var reviewer = new Domain.Common.Actor(_users["reviewer1"], "reviewer1");

        await Transition(id, report => report.Return(reviewer, "请补充数据。", _services.Time.GetUtcNow()));

        var recipients = (await NotificationsAbout(id)).Where(n => n.Text.Contains("退回修改")).Select(n => n.UserId).Order().ToList();
        Assert.Equal(new[] { _users["filer"], _users["lead"] }.Order(), recipients);
    }

    [Fact]
    public async Task A_transition_that_is_not_saved_notifies_nobody()
    {
        var id = await _services.AddReportAsync(_bureauId, 2023, ReportStatus.Draft);
        var before = (await NotificationsAbout(id)).Count;

        await _services.WithDbAsync(async db =>
        {
            var report = await db.Reports.Include(r => r.Sections).ThenInclude(s => s.Items).AsSplitQuery().SingleAsync(r => r.Id == id);
            report.SubmitForSignOff(ReportStates.Filer, _services.Time.GetUtcNow());
            db.Entry(report).Property(r => r.Version).OriginalValue = Guid.NewGuid();
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        });

        Assert.Equal(before, (await NotificationsAbout(id)).Count);
    }

    private Task Transition(int id, Action<AnnualReport> change) =>
        _services.WithDbAsync(async db =>
        {
            var report = await db.Reports.Include(r => r.Sections).ThenInclude(s => s.Items).Include(r => r.Revisions).Include(r => r.ReturnPoints)
                .AsSplitQuery().SingleAsync(r => r.Id == id);
            change(report);
            await db.SaveChangesAsync();
        });

    private Task<List<Notification>> NotificationsAbout(int reportId) =>
        _services.WithDbAsync((db, _) => db.Notifications.Where(n => n.ReportId == reportId).ToListAsync());
}
