using System.Collections.Concurrent;
using LawReport.Domain.Publishing;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Publishing;
using LawReport.Infrastructure.Tests.Support;
using LawReport.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LawReport.Infrastructure.Tests.Publishing;

/// <summary>
/// Two publications of one bureau that read the same highest serial: the unique index refuses the
/// second, which starts over and takes the next serial. PostgreSQL only: SQLite lets one writer in at a
/// time, so the race cannot happen there.
/// </summary>
public sealed class PublishingRace : IAsyncLifetime
{
    private readonly ConcurrentQueue<string> _log = new();
    private readonly RacingObserver _observer = new();
    private ServicesOnTestDatabase _services = null!;
    private int _bureauId;

    public async Task InitializeAsync()
    {
        _services = await ServicesOnTestDatabase.StartAsync(services =>
        {
            services.AddSingleton<IPublishingObserver>(_observer);
            services.AddLogging(logging => logging.AddProvider(new QueueLogger(_log)));
        });
        _bureauId = await _services.AddBureauAsync("常州市人民政府外事办公室", "014109568");
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [PostgresFact]
    public async Task A_publication_that_collides_on_its_serial_is_retried_with_the_next_one()
    {
        var first = await _services.AddReportAsync(_bureauId, 2025, ReportStatus.Approved);
        var second = await _services.AddReportAsync(_bureauId, 2024, ReportStatus.Approved);

        // While the first publication holds serial 1 uncommitted, the second reads the same highest
        // serial and tries to insert 1 as well; it waits on the index until the first commits.
        _observer.WhileWriting = async () =>
        {
            _observer.WhileWriting = null;
            _observer.Second = PublishAsync(second);
            await SecondWaitsOnTheIndexAsync();
        };
        var one = await PublishAsync(first);
        var two = await _observer.Second!;

        Assert.Equal((1, 2), (one.Serial!.Value, two.Serial!.Value));
        Assert.Contains(_log, message => message.Contains("collided with another publication", StringComparison.Ordinal));
    }

    /// <summary>
    /// The barrier: returns once another session of this database waits on a lock (the second insert of
    /// serial 1, held by the first publication's open transaction), or fails the test when the second
    /// publication finished without ever waiting.
    /// </summary>
    private async Task SecondWaitsOnTheIndexAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var waiting = await _services.WithDbAsync((db, _) => db.Database
                .SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")
                .SingleAsync());
            if (waiting > 0)
            {
                return;
            }

            Assert.False(_observer.Second!.IsCompleted, "The second publication finished without waiting on the first.");
            await Task.Delay(10);
        }

        Assert.Fail("The second publication never waited on the first.");
    }

    private Task<Publication> PublishAsync(int id) =>
        _services.WithDbAsync(async (db, services) =>
        {
            var version = (await db.Reports.FindAsync(id))!.Version;
            return await services.GetRequiredService<ReportPublisher>().PublishAsync(id, version, new PublicationRequest(), ReportStates.Lead);
        });

    private sealed class RacingObserver : IPublishingObserver
    {
        public Func<Task>? WhileWriting { get; set; }

        public Task<Publication>? Second { get; set; }

        public Task PublicationWrittenAsync(Publication publication, CancellationToken cancellationToken) =>
            WhileWriting?.Invoke() ?? Task.CompletedTask;
    }

    private sealed class QueueLogger(ConcurrentQueue<string> log) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            log.Enqueue(formatter(state, exception));

        public void Dispose()
        {
        }
    }
}
