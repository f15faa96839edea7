using LawReport.Infrastructure.Data;
using Microsoft.Extensions.Options;

namespace LawReport.Web.Pages.Public.TextSearch;

/// <summary>
/// Keeps this instance's index in step when nobody searches: at start-up (an instance that was down
/// catches up, or builds its index the first time) and then every <see cref="SearchOptions.CatchUpInterval"/>.
/// Every instance runs it for its own index; reading the sequence claims nothing, so no lease is needed.
/// </summary>
public sealed class SearchIndexCatchUp(
    IServiceScopeFactory scopes, PublicationIndex index, IOptions<SearchOptions> options, ILogger<SearchIndexCatchUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await index.CatchUpAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may still be starting or migrating; the next round tries again.
                logger.LogWarning(e, "Search index catch-up failed");
            }

            await Task.Delay(options.Value.CatchUpInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
