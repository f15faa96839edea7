using LawReport.Domain.Common;
using LawReport.Infrastructure.Archive;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LawReport.Infrastructure.Seeding;

/// <summary>
/// In Development, the public portal opens with real reports: the five published reports of <c>seeds/</c>
/// are archived for the demo bureaus (<see cref="DemoData.Reports"/>). Archiving is idempotent — a file
/// archived before is recognised by its hash — so every start may run this and only the first stores.
/// </summary>
public static class SeedReports
{
    public const string FolderName = "seeds";

    public static async Task ArchiveAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SeedReports));
        if (Folder() is not { } folder)
        {
            logger.LogWarning("Seed reports not archived: no {Folder} folder beside the application", FolderName);
            return;
        }

        var archive = services.GetRequiredService<ReportArchive>();
        foreach (var (file, bureau) in DemoData.Reports)
        {
            var result = await archive.ArchiveFileAsync(Path.Combine(folder, file), Actor.System, bureau, cancellationToken);
            if (result.Outcome == ArchiveOutcome.Refused)
            {
                logger.LogWarning("Seed report {File} not archived: {Reason}", file, result.Message);
            }
            else if (result.Outcome == ArchiveOutcome.Archived)
            {
                logger.LogInformation("Seed report {File} archived as publication {PublicationId}", file, result.PublicationId);
            }
        }
    }

    /// <summary>
    /// The seed files: copied beside the application by the build (<c>dotnet run</c>, tests), or one folder
    /// up, where the container image keeps them (<c>/app/seeds</c> beside <c>/app/web</c>).
    /// </summary>
    private static string? Folder() =>
        new[] { Path.Combine(AppContext.BaseDirectory, FolderName), Path.Combine(AppContext.BaseDirectory, "..", FolderName) }
            .Select(Path.GetFullPath)
            .FirstOrDefault(Directory.Exists);
}
