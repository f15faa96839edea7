using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Infrastructure.Data;

/// <summary>The provider switch: the only place that knows which database engine is in use.</summary>
public static class DatabaseSetup
{
    public const string SqliteFileName = "lawreport.db";

    /// <summary>
    /// Collation of every text column on SQL Server. Binary comparison gives SQL Server what SQLite
    /// (<c>instr</c>, <c>=</c>) and PostgreSQL (<c>strpos</c>, <c>=</c>) do by default: case-, accent-
    /// and width-sensitive matching, so search and unique names behave the same on all three.
    /// </summary>
    public const string SqlServerCollation = "Chinese_PRC_BIN2";

    /// <summary>
    /// Each provider has its own generated migrations in its own assembly (EF Core, "Migrations with
    /// multiple providers"); the web app and the command line reference all three.
    /// See docs/migrations.md.
    /// </summary>
    public static string MigrationsAssembly(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "LawReport.Migrations.Sqlite",
        DatabaseProvider.PostgreSQL => "LawReport.Migrations.PostgreSQL",
        DatabaseProvider.SqlServer => "LawReport.Migrations.SqlServer",
        _ => throw new InvalidOperationException($"Unknown database provider '{provider}'."),
    };

    public static DbContextOptionsBuilder UseLawReportDatabase(
        this DbContextOptionsBuilder builder,
        DatabaseOptions options,
        string dataDirectory)
    {
        var migrations = MigrationsAssembly(options.Provider);
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(SqliteConnectionString(options, dataDirectory), o => o.MigrationsAssembly(migrations));
                break;
            case DatabaseProvider.PostgreSQL:
                builder.UseNpgsql(RequiredConnectionString(options), o => o.MigrationsAssembly(migrations));
                break;
            case DatabaseProvider.SqlServer:
                // No EnableRetryOnFailure: publishing runs its own transaction and retries a taken serial
                // itself (ReportPublisher), exactly as on the other providers; a retrying execution
                // strategy would refuse user-initiated transactions.
                builder.UseSqlServer(RequiredConnectionString(options), o => o.MigrationsAssembly(migrations));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider '{options.Provider}'.");
        }

        return builder;
    }

    /// <summary>Applies the migrations; on SQLite also switches the file to write-ahead logging (readers don't block the writer).</summary>
    public static async Task MigrateAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            CreateSqliteFileForOwnerOnly(db.Database.GetConnectionString());
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    /// <summary>
    /// The SQLite file holds password hashes and security stamps: a new one is created readable and
    /// writable by its owner only (0600), before SQLite would create it with the umask's 0644. SQLite
    /// gives its WAL and shared-memory files the same mode. An existing file is left as the operator set it
    /// (0640 for a service group, docs/operations.md).
    /// </summary>
    private static void CreateSqliteFileForOwnerOnly(string? connectionString)
    {
        var path = new SqliteConnectionStringBuilder(connectionString ?? "").DataSource;
        if (OperatingSystem.IsWindows() || string.IsNullOrEmpty(path) || path.StartsWith(':') || File.Exists(path))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        });
    }

    private static string RequiredConnectionString(DatabaseOptions options) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? throw new InvalidOperationException(
                $"Database:Provider is {options.Provider} but Database:ConnectionString is empty.")
            : options.ConnectionString;

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
