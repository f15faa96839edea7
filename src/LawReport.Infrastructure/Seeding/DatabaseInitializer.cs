using LawReport.Domain.Users;
using LawReport.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LawReport.Infrastructure.Seeding;

/// <summary>
/// Runs at start-up: applies the migrations and makes sure the roles exist. Demo data — and the seed
/// reports archived for the demo bureaus — is added only when asked for (Development), never in Production.
/// </summary>
public static class DatabaseInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, bool seedDemoData, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<AppDbContext>();
        await DatabaseSetup.MigrateAsync(db, cancellationToken);

        var roles = provider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        if (seedDemoData)
        {
            await DemoData.SeedAsync(provider, cancellationToken);
            await SeedReports.ArchiveAsync(provider, cancellationToken);
            provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer))
                .LogInformation("Demo data present (Development only)");
        }
    }
}
