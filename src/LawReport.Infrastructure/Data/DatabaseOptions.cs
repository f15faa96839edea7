namespace LawReport.Infrastructure.Data;

public enum DatabaseProvider
{
    /// <summary>An embedded database file: the default, nothing to install.</summary>
    Sqlite,

    /// <summary>The server database for deployments (docker-compose.yml).</summary>
    PostgreSQL,

    /// <summary>Microsoft SQL Server 2019 or later (docker-compose.yml, profile <c>sqlserver</c>).</summary>
    SqlServer,
}

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// For SQLite, optional: defaults to <c>lawreport.db</c> in the data folder. For PostgreSQL, required,
    /// e.g. <c>Host=db;Database=lawreport;Username=lawreport;Password=…</c>. For SQL Server, required,
    /// e.g. <c>Server=db;Database=lawreport;User Id=lawreport;Password=…;TrustServerCertificate=True</c>.
    /// </summary>
    public string? ConnectionString { get; set; }
}
