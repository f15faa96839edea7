using LawReport.Domain.Notifications;
using LawReport.Domain.Reports;
using LawReport.Domain.Users;
using LawReport.Infrastructure.Notifications;
using LawReport.Infrastructure.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LawReport.Infrastructure.Tests.Notifications;

/// <summary>
/// The reminder job on a controlled clock: 7 days and 1 day before each deadline, to the bureaus that
/// have not done what is due, never twice for the same deadline, person and day.
/// </summary>
public sealed class DeadlineReminderRuns : IAsyncLifetime
{
    private ServicesOnTestDatabase _services = null!;
    private int _late;
    private int _done;
    private readonly Dictionary<string, string> _users = [];

    public async Task InitializeAsync()
    {
        _services = await ServicesOnTestDatabase.StartAsync(settings: ("Notifications:PublishedBy", "Reviewer"));
        _late = await _services.AddBureauAsync("常州市人民政府外事办公室");
        _done = await _services.AddBureauAsync("菏泽市人民政府外事办公室");
        _users["lateFiler"] = await _services.AddUserAsync("czfiler", Roles.Filer, _late);
        _users["lateLead"] = await _services.AddUserAsync("czlead", Roles.BureauLead, _late);
        _users["doneFiler"] = await _services.AddUserAsync("hzfiler", Roles.Filer, _done);
        _users["reviewer"] = await _services.AddUserAsync("reviewer1", Roles.Reviewer, null);
        await _services.WithDbAsync(async db =>
        {
            db.ReportingCycles.Add(Domain.Cycles.ReportingCycle.Open(2025));
            await db.SaveChangesAsync();
        });
        await _services.AddReportAsync(_late, 2025, ReportStatus.Draft);
        await _services.AddReportAsync(_done, 2025, ReportStatus.InReview);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Seven_days_before_the_submission_deadline_the_bureau_that_has_not_signed_off_is_reminded_once()
    {
        _services.Time.Now = new DateTimeOffset(2026, 2, 22, 9, 0, 0, TimeSpan.FromHours(8));

        var first = await RunAsync();
        var again = await RunAsync();

        Assert.Equal(2, first);
        Assert.Equal(0, again);
        var reminders = await Reminders();
        Assert.Equal(new[] { _users["lateFiler"], _users["lateLead"] }.Order(), reminders.Select(n => n.UserId).Order());
        Assert.All(reminders, n => Assert.Equal("距2025年度法治政府建设情况报告报送截止日期（2026年3月1日）还有7天，常州市人民政府外事办公室的报告尚未签发报送。", n.Text));
        Assert.All(reminders, n => Assert.NotNull(n.ReportId));
    }

    [Fact]
    public async Task The_day_before_brings_a_second_reminder_and_days_in_between_none()
    {
        _services.Time.Now = new DateTimeOffset(2026, 2, 22, 9, 0, 0, TimeSpan.FromHours(8));
        await RunAsync();
        _services.Time.Now = new DateTimeOffset(2026, 2, 25, 9, 0, 0, TimeSpan.FromHours(8));
        Assert.Equal(0, await RunAsync());
        // Half past midnight in China is still the day before in UTC: the local date counts.
        _services.Time.Now = new DateTimeOffset(2026, 2, 28, 0, 30, 0, TimeSpan.FromHours(8));

        Assert.Equal(2, await RunAsync());
        Assert.Equal(2, (await Reminders()).Count(n => n.Text.Contains("还有1天")));
    }

    [Fact]
    public async Task When_the_city_office_publishes_its_reviewers_get_one_reminder_for_all_outstanding_bureaus()
    {
        _services.Time.Now = new DateTimeOffset(2026, 3, 31, 8, 0, 0, TimeSpan.FromHours(8));

        await RunAsync();

        var reminder = Assert.Single(await Reminders(), n => n.UserId == _users["reviewer"]);
        Assert.Equal("距2025年度法治政府建设情况报告公开截止日期（2026年4月1日）还有1天，尚有2个单位的报告尚未公开发布。", reminder.Text);
        Assert.DoesNotContain(await Reminders(), n => n.UserId == _users["lateFiler"]);
    }

    private Task<int> RunAsync() => _services.WithDbAsync((_, services) => services.GetRequiredService<DeadlineReminderJob>().SendDueAsync());

    private Task<List<Notification>> Reminders() =>
        _services.WithDbAsync((db, _) => db.Notifications.Where(n => n.Kind == NotificationKind.DeadlineReminder).ToListAsync());
}
