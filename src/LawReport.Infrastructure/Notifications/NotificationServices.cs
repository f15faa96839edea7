using LawReport.Infrastructure.Data;
using LawReport.Infrastructure.Instances;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LawReport.Infrastructure.Notifications;

/// <summary>
/// Runs a piece of scoped work now and then every <paramref name="interval"/> (on the injected
/// <see cref="TimeProvider"/>): the deadline reminders hourly, the email outbox every minute. A failed
/// round is logged and the next one tries again. With several instances on one database, a round runs
/// only on the instance holding the work's lease (<see cref="WorkLeases"/>), held for two intervals and
/// renewed every round, so the work is done once whatever the number of instances.
/// </summary>
public abstract class PeriodicWork(IServiceScopeFactory scopes, TimeProvider time, ILogger logger, TimeSpan interval) : BackgroundService
{
    protected abstract Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>Who this instance is when claiming the lease; one name per process unless a test sets it.</summary>
    public string LeaseHolder { get; init; } = WorkLeases.ThisInstance;

    private async Task RunIfLeasedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<AppDbContext>();
        if (await WorkLeases.TryClaimAsync(db, GetType().Name, LeaseHolder, time.GetUtcNow(), 2 * interval, cancellationToken))
        {
            await RunOnceAsync(services, cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await RunIfLeasedAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "{Work} failed; trying again in {Interval}", GetType().Name, interval);
            }

            try
            {
                await Task.Delay(interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}

public sealed class DeadlineReminderService(IServiceScopeFactory scopes, TimeProvider time, ILogger<DeadlineReminderService> logger)
    : PeriodicWork(scopes, time, logger, TimeSpan.FromHours(1))
{
    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<DeadlineReminderJob>().SendDueAsync(cancellationToken);
}

public sealed class NotificationEmailService(IServiceScopeFactory scopes, TimeProvider time, ILogger<NotificationEmailService> logger)
    : PeriodicWork(scopes, time, logger, TimeSpan.FromMinutes(1))
{
    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<NotificationEmailOutbox>().SendPendingAsync(cancellationToken);
}
