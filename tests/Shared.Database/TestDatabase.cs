using LawReport.Infrastructure.Data;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LawReport.Tests.Shared;

/// <summary>
/// A fresh, empty database for one test class: a new SQLite file, or a new PostgreSQL or SQL Server
/// database when that tier is enabled (<see cref="PostgresServer"/>, <see cref="SqlServerInstance"/>).
/// Dropped when disposed.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract DatabaseOptions Options { get; }

    /// <summary>The data folder (SQLite file, logs, keys) of an app running on this database.</summary>
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("lawreport-test-").FullName;

    public DatabaseProvider Provider => Options.Provider;

    /// <summary>
    /// The provider the tests of this run use: SQL Server when configured, then PostgreSQL when
    /// configured, otherwise SQLite.
    /// </summary>
    public static DatabaseProvider DefaultProvider =>
        SqlServerInstance.IsConfigured ? DatabaseProvider.SqlServer
        : PostgresServer.IsConfigured ? DatabaseProvider.PostgreSQL
        : DatabaseProvider.Sqlite;

    public static TestDatabase Create(DatabaseProvider? provider = null) => (provider ?? DefaultProvider) switch
    {
        DatabaseProvider.PostgreSQL => new PostgresTestDatabase(),
        DatabaseProvider.SqlServer => new SqlServerTestDatabase(),
        _ => new SqliteTestDatabase(),
    };

    public DbContextOptions<AppDbContext> ContextOptions()
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        builder.UseLawReportDatabase(Options, DataDirectory);
        return builder.Options;
    }

    public AppDbContext CreateContext() => new(ContextOptions());

    public virtual ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be open on a slow shutdown; the temp folder is cleaned by the OS.
        }

        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}

public sealed class SqliteTestDatabase : TestDatabase
{
    public override DatabaseOptions Options { get; }

    public SqliteTestDatabase() =>
        Options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={Path.Combine(DataDirectory, "test.db")}" };

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        return base.DisposeAsync();
    }
}

public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string _name = "lawreport_test_" + Guid.NewGuid().ToString("N")[..16];

    public override DatabaseOptions Options { get; }

    public PostgresTestDatabase()
    {
        using (var connection = PostgresServer.OpenMaintenanceConnection())
        using (var command = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", connection))
        {
            command.ExecuteNonQuery();
        }

        Options = new DatabaseOptions
        {
            Provider = DatabaseProvider.PostgreSQL,
            ConnectionString = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { Database = _name }.ToString(),
        };
    }

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using (var connection = PostgresServer.OpenMaintenanceConnection())
        await using (var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection))
        {
            await command.ExecuteNonQueryAsync();
        }

        await base.DisposeAsync();
    }
}

/// <summary>
/// The PostgreSQL tier: enabled by the environment variable <c>LAWREPORT_TEST_POSTGRES</c>, a connection
/// string to a server where the tests may create databases (.ci/run starts one). Enabled and unreachable
/// means the tests fail; not enabled means they are skipped with this reason.
/// </summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "LAWREPORT_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value ? value : null;

    public static bool IsConfigured => ConnectionString is not null;

    public static string SkipReason =>
        $"PostgreSQL tier not enabled: set {EnvironmentVariable} to a server connection string (.ci/run does).";

    internal static NpgsqlConnection OpenMaintenanceConnection()
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString ?? throw new InvalidOperationException(SkipReason))
        {
            Database = "postgres",
            Pooling = false,
        };
        var connection = new NpgsqlConnection(builder.ToString());
        connection.Open();
        return connection;
    }
}

/// <summary>A fact that needs the PostgreSQL tier; skipped, with the reason printed, when it is not enabled.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!PostgresServer.IsConfigured)
        {
            Skip = PostgresServer.SkipReason;
        }
    }
}

public sealed class SqlServerTestDatabase : TestDatabase
{
    private readonly string _name = "lawreport_test_" + Guid.NewGuid().ToString("N")[..16];

    public override DatabaseOptions Options { get; }

    public SqlServerTestDatabase()
    {
        using (var connection = SqlServerInstance.OpenMaintenanceConnection())
        using (var command = new SqlCommand($"CREATE DATABASE [{_name}]", connection))
        {
            command.ExecuteNonQuery();
        }

        Options = new DatabaseOptions
        {
            Provider = DatabaseProvider.SqlServer,
            ConnectionString = new SqlConnectionStringBuilder(SqlServerInstance.ConnectionString) { InitialCatalog = _name }.ToString(),
        };
    }

    public override async ValueTask DisposeAsync()
    {
        SqlConnection.ClearAllPools();
        await using (var connection = SqlServerInstance.OpenMaintenanceConnection())
        await using (var command = new SqlCommand(
            $"IF DB_ID('{_name}') IS NOT NULL BEGIN ALTER DATABASE [{_name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{_name}]; END",
            connection))
        {
            await command.ExecuteNonQueryAsync();
        }

        await base.DisposeAsync();
    }
}

/// <summary>
/// The SQL Server tier: enabled by the environment variable <c>LAWREPORT_TEST_SQLSERVER</c>, a connection
/// string to a server where the tests may create databases, e.g. the <c>sqlserver</c> profile of
/// docker-compose.yml. Enabled and unreachable means the tests fail; not enabled means they are skipped
/// with this reason.
/// </summary>
public static class SqlServerInstance
{
    public const string EnvironmentVariable = "LAWREPORT_TEST_SQLSERVER";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value ? value : null;

    public static bool IsConfigured => ConnectionString is not null;

    public static string SkipReason =>
        $"SQL Server tier not enabled: set {EnvironmentVariable} to a server connection string " +
        "(e.g. docker compose --profile sqlserver up; no SQL Server engine is installed on the CI machine).";

    internal static SqlConnection OpenMaintenanceConnection()
    {
        var builder = new SqlConnectionStringBuilder(ConnectionString ?? throw new InvalidOperationException(SkipReason))
        {
            InitialCatalog = "master",
            Pooling = false,
        };
        var connection = new SqlConnection(builder.ToString());
        connection.Open();
        return connection;
    }
}

/// <summary>A fact that needs the SQL Server tier; skipped, with the reason printed, when it is not enabled.</summary>
public sealed class SqlServerFactAttribute : FactAttribute
{
    public SqlServerFactAttribute()
    {
        if (!SqlServerInstance.IsConfigured)
        {
            Skip = SqlServerInstance.SkipReason;
        }
    }
}
