using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LawReport.Infrastructure.Data;

/// <summary>
/// The SQL of all migrations for one provider, for a DBA to review and apply (<c>lawreport database
/// script</c>). Idempotent: each migration runs only if the database's <c>__EFMigrationsHistory</c>
/// lacks it, so the same script upgrades a database at any earlier migration. No database is opened.
/// SQLite cannot run an idempotent script (it has no conditional statements); its script creates the
/// schema in an empty file, and a SQLite file is upgraded by the portal itself at start-up.
/// </summary>
public static class DatabaseScript
{
    public const string SqliteNote =
        "-- SQLite has no idempotent scripts: this one creates the schema in an EMPTY database file.\n" +
        "-- An existing SQLite file is upgraded by the portal at start-up (Database.Migrate).\n";

    public static string Generate(DatabaseProvider provider)
    {
        using var db = DesignTimeContext.Create(provider, []);
        var migrator = db.GetService<IMigrator>();
        return provider == DatabaseProvider.Sqlite
            ? SqliteNote + migrator.GenerateScript()
            : migrator.GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
    }
}
