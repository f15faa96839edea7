using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LawReport.Infrastructure.Data;

/// <summary>The provider switch: the only place that knows which database engine is in use.</summary>
public static class DatabaseSetup
{
    public const string SqliteFileName = "lawreport.db";

    public static DbContextOptionsBuilder UseLawReportDatabase(
        this DbContextOptionsBuilder builder,
        DatabaseOptions options,
        string dataDirectory)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(SqliteConnectionString(options, dataDirectory));
                break;
            case DatabaseProvider.PostgreSQL:
                if (string.IsNullOrWhiteSpace(options.ConnectionString))
                {
                    throw new InvalidOperationException(
                        "Database:Provider is PostgreSQL but Database:ConnectionString is empty.");
                }

                builder.UseNpgsql(options.ConnectionString);
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider '{options.Provider}'.");
        }

        // The migrations are written by hand and carry no model snapshot, so EF cannot compare them with
        // the model; MigrationsMatchTheModel (tests) does that comparison on both providers instead.
        return builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    /// <summary>Applies the migrations; on SQLite also switches the file to write-ahead logging (readers don't block the writer).</summary>
    public static async Task MigrateAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    private static string SqliteConnectionString(DatabaseOptions options, string dataDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(options.ConnectionString) ? "" : options.ConnectionString);
        if (string.IsNullOrEmpty(builder.DataSource))
        {
            builder.DataSource = SqliteFileName;
        }

        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            Directory.CreateDirectory(dataDirectory);
            builder.DataSource = Path.Combine(dataDirectory, builder.DataSource);
        }

        builder.ForeignKeys = true;
        return builder.ToString();
    }
}
