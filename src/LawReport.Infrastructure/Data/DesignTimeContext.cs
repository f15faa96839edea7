using Microsoft.EntityFrameworkCore;

namespace LawReport.Infrastructure.Data;

/// <summary>
/// The context <c>dotnet ef</c> works on, for one provider (each migrations project's
/// <c>DesignTimeFactory</c>). Adding a migration, checking for pending model changes and scripting need
/// no database, so the connection strings are placeholders; pass <c>-- --connection "…"</c> after the
/// tool's options to run <c>dotnet ef database update</c> against a real one.
/// </summary>
public static class DesignTimeContext
{
    public static AppDbContext Create(DatabaseProvider provider, string[] args)
    {
        var index = Array.IndexOf(args, "--connection");
        var options = new DatabaseOptions
        {
            Provider = provider,
            ConnectionString = index >= 0 && index + 1 < args.Length ? args[index + 1] : PlaceholderConnectionString(provider),
        };
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        builder.UseLawReportDatabase(options, Path.GetTempPath());
        return new AppDbContext(builder.Options);
    }

    /// <summary>A connection string that is never opened: migrations and scripts are built offline.</summary>
    public static string PlaceholderConnectionString(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSQL => "Host=localhost;Database=lawreport",
        DatabaseProvider.SqlServer => "Server=localhost;Database=lawreport;TrustServerCertificate=True",
        _ => "Data Source=:memory:",
    };
}
