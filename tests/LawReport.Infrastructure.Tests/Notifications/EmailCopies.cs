using LawReport.Domain.Notifications;
using LawReport.Domain.Users;
using LawReport.Infrastructure.Identity;
using LawReport.Infrastructure.Notifications;
using LawReport.Infrastructure.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LawReport.Infrastructure.Tests.Notifications;

/// <summary>The email outbox sends each recent notification of a user with an address once, from committed rows.</summary>
public sealed class EmailCopies : IAsyncLifetime
{
    private readonly List<(string To, string Body)> _sent = [];
    private ServicesOnTestDatabase _services = null!;
    private string _withEmail = "";
    private string _withoutEmail = "";

    public async Task InitializeAsync()
    {
        _services = await ServicesOnTestDatabase.StartAsync(services => services.AddSingleton<INotificationEmail>(new CapturingEmail(_sent)));
        _withEmail = await _services.AddUserAsync("reviewer1", Roles.Reviewer, null);
        _withoutEmail = await _services.AddUserAsync("reviewer2", Roles.Reviewer, null);
        await _services.WithDbAsync(async (db, services) =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            await users.SetEmailAsync((await users.FindByIdAsync(_withEmail))!, "wangfang@example.gov.cn");
            var now = _services.Time.GetUtcNow();
            db.Notifications.AddRange(
                Notification.Create(_withEmail, NotificationKind.Workflow, "新的通知", 1, now.AddMinutes(-5)),
                Notification.Create(_withEmail, NotificationKind.Workflow, "两天前的通知", 1, now.AddDays(-2)),
                Notification.Create(_withoutEmail, NotificationKind.Workflow, "没有邮箱", 1, now.AddMinutes(-5)));
            await db.SaveChangesAsync();
            return true;
        });
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Recent_notifications_go_out_once_to_users_with_an_address()
    {
        var first = await SendAsync();
        var second = await SendAsync();

        Assert.Equal((1, 0), (first, second));
        Assert.Equal([("wangfang@example.gov.cn", "新的通知")], _sent);
        var emailed = await _services.WithDbAsync((db, _) => db.Notifications.Where(n => n.EmailedAt != null).Select(n => n.Text).ToListAsync());
        Assert.Equal(["新的通知", "没有邮箱"], emailed.Order(StringComparer.Ordinal));
    }

    private Task<int> SendAsync() =>
        _services.WithDbAsync((_, services) => services.GetRequiredService<NotificationEmailOutbox>().SendPendingAsync());

    private sealed class CapturingEmail(List<(string To, string Body)> sent) : INotificationEmail
    {
        public Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
        {
            sent.Add((to, body));
            return Task.CompletedTask;
        }
    }
}
