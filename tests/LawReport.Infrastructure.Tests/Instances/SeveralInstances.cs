using LawReport.Domain.Notifications;
using LawReport.Domain.Users;
using LawReport.Infrastructure.Identity;
using LawReport.Infrastructure.Instances;
using LawReport.Infrastructure.Notifications;
using LawReport.Infrastructure.Seeding;
using LawReport.Infrastructure.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace LawReport.Infrastructure.Tests.Instances;

/// <summary>
/// Several portal instances on one database: periodic work runs on the one instance holding its lease,
/// so each e-mail goes out once; role seeding stops on a real failure instead of ignoring it.
/// </summary>
public sealed class SeveralInstances : IAsyncLifetime
{
    private readonly List<string> _sent = [];
    private ServicesOnTestDatabase _services = null!;

    public async Task InitializeAsync() =>
        _services = await ServicesOnTestDatabase.StartAsync(services => services.AddSingleton<INotificationEmail>(new CapturingEmail(_sent)));

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task A_lease_is_held_by_one_instance_until_it_runs_out()
    {
        var now = _services.Time.GetUtcNow();
        var duration = TimeSpan.FromMinutes(2);

        var a = await ClaimAsync("a", now, duration);
        var b = await ClaimAsync("b", now.AddMinutes(1), duration);
        var aRenews = await ClaimAsync("a", now.AddMinutes(1), duration);
        var bWhileRenewed = await ClaimAsync("b", now.AddMinutes(2.5), duration);
        var bAfterExpiry = await ClaimAsync("b", now.AddMinutes(3.5), duration);
        var aAfterLosing = await ClaimAsync("a", now.AddMinutes(3.6), duration);

        Assert.Equal([true, false, true, false, true, false], new[] { a, b, aRenews, bWhileRenewed, bAfterExpiry, aAfterLosing });
    }

    [Fact]
    public async Task Instances_claiming_a_new_lease_at_once_get_it_once()
    {
        var now = _services.Time.GetUtcNow();

        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() => ClaimAsync($"instance-{i}", now, TimeSpan.FromMinutes(2), "race"))));

        Assert.Equal(1, claims.Count(c => c));
    }

    [Fact]
    public async Task Two_instances_running_the_email_outbox_send_each_email_once()
    {
        var user = await _services.AddUserAsync("reviewer1", Roles.Reviewer, null);
        await _services.WithDbAsync(async (db, services) =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            await users.SetEmailAsync((await users.FindByIdAsync(user))!, "wangfang@example.gov.cn");
            var now = _services.Time.GetUtcNow();
            db.Notifications.AddRange(Enumerable.Range(1, 5).Select(i => Notification.Create(user, NotificationKind.Workflow, $"通知{i}", 1, now.AddMinutes(-i))));
            await db.SaveChangesAsync();
            return true;
        });

        var scopes = _services.Provider.GetRequiredService<IServiceScopeFactory>();
        var instances = new[] { "a", "b" }
            .Select(holder => new NotificationEmailService(scopes, _services.Time, NullLogger<NotificationEmailService>.Instance) { LeaseHolder = holder })
            .ToList();
        await Task.WhenAll(instances.Select(i => i.StartAsync(CancellationToken.None)));
        await WaitUntilAsync(() => _services.WithDbAsync((db, _) => db.Notifications.AllAsync(n => n.EmailedAt != null)));
        await Task.WhenAll(instances.Select(i => i.StopAsync(CancellationToken.None)));

        Assert.Equal(["通知1", "通知2", "通知3", "通知4", "通知5"], _sent.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Role_seeding_stops_when_a_role_cannot_be_created()
    {
        await _services.WithDbAsync(async (db, services) =>
        {
            db.Roles.RemoveRange(db.Roles.Where(r => r.Name == Roles.Auditor));
            await db.SaveChangesAsync();
            var roles = new RoleManager<IdentityRole>(
                services.GetRequiredService<IRoleStore<IdentityRole>>(),
                [new RefusingRoleValidator()],
                new UpperInvariantLookupNormalizer(),
                new IdentityErrorDescriber(),
                NullLogger<RoleManager<IdentityRole>>.Instance);

            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => DatabaseInitializer.EnsureRolesAsync(db, roles));
            Assert.Contains(Roles.Auditor, error.Message);
            Assert.Contains("Refused", error.Message);
            return true;
        });
    }

    [Fact]
    public async Task Role_seeding_accepts_roles_that_already_exist()
    {
        await _services.WithDbAsync(async (db, services) =>
        {
            await DatabaseInitializer.EnsureRolesAsync(db, services.GetRequiredService<RoleManager<IdentityRole>>());
            Assert.Equal(Roles.All.Count, await db.Roles.CountAsync());
            return true;
        });
    }

    private Task<bool> ClaimAsync(string holder, DateTimeOffset now, TimeSpan duration, string name = "test-work") =>
        _services.WithDbAsync((db, _) => WorkLeases.TryClaimAsync(db, name, holder, now, duration));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The periodic work did not finish in time.");
            await Task.Delay(50);
        }
    }

    private sealed class CapturingEmail(List<string> sent) : INotificationEmail
    {
        public Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
        {
            lock (sent)
            {
                sent.Add(body);
            }

            return Task.CompletedTask;
        }
    }

    private sealed class RefusingRoleValidator : IRoleValidator<IdentityRole>
    {
        public Task<IdentityResult> ValidateAsync(RoleManager<IdentityRole> manager, IdentityRole role) =>
            Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "Refused", Description = "refused by the test" }));
    }
}
