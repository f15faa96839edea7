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

        await EnsureRolesAsync(db, provider.GetRequiredService<RoleManager<IdentityRole>>());

        if (seedDemoData)
        {
            await DemoData.SeedAsync(provider, cancellationToken);
            await SeedReports.ArchiveAsync(provider, cancellationToken);
            provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer))
                .LogInformation("Demo data present (Development only)");
        }
    }

    /// <summary>
    /// Creates the missing roles. Several instances may start at once: a role another instance created
    /// in the meantime is fine, any other failure stops the start-up rather than leaving a role missing.
    /// </summary>
    public static async Task EnsureRolesAsync(AppDbContext db, RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
        {
            if (await roles.RoleExistsAsync(role))
            {
                continue;
            }

            string failure;
            try
            {
                var result = await roles.CreateAsync(new IdentityRole(role));
                if (result.Succeeded)
                {
                    continue;
                }

                failure = string.Join(" ", result.Errors.Select(e => $"{e.Code}: {e.Description}"));
            }
            catch (Microsoft.EntityFrameworkCore.DbUpdateException e)
            {
                failure = e.InnerException?.Message ?? e.Message;
            }

            // Created by another instance between the check and the insert: nothing is missing.
            if (!await ExistsElsewhereAsync(db, roles, role))
            {
                throw new InvalidOperationException($"Could not create the role {role}: {failure}");
            }
        }
    }

    private static async Task<bool> ExistsElsewhereAsync(AppDbContext db, RoleManager<IdentityRole> roles, string role)
    {
        // Forget the failed insert, then ask the database again.
        db.ChangeTracker.Clear();
        return await roles.RoleExistsAsync(role);
    }
}
