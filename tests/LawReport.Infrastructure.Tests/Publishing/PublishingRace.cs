using System.Collections.Concurrent;
using LawReport.Domain.Publishing;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Publishing;
using LawReport.Infrastructure.Tests.Support;
using LawReport.Tests.Shared;
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
            await Task.Delay(TimeSpan.FromSeconds(2));
        };
        var one = await PublishAsync(first);
        var two = await _observer.Second!;

        Assert.Equal((1, 2), (one.Serial!.Value, two.Serial!.Value));
        Assert.Contains(_log, message => message.Contains("collided with another publication", StringComparison.Ordinal));
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
