using LawReport.Infrastructure.Data;
using LawReport.Tests.Shared;

namespace LawReport.Infrastructure.Tests.Migrations;

/// <summary>
/// A database built by the generated migrations has exactly the schema EF builds from the model, read
/// back from the database's own catalogue (GeneratedMigrations checks the same offline, through EF's
/// model snapshot; this checks what the engine really created).
/// </summary>
public class MigrationsMatchTheModel
{
    [Fact]
    public Task On_SQLite() => AssertMigrationsMatchModel(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task On_PostgreSQL() => AssertMigrationsMatchModel(DatabaseProvider.PostgreSQL);

    private static async Task AssertMigrationsMatchModel(DatabaseProvider provider)
    {
        await using var migrated = TestDatabase.Create(provider);
        await using var created = TestDatabase.Create(provider);

        await using var migratedContext = migrated.CreateContext();
        await DatabaseSetup.MigrateAsync(migratedContext);
        await using var createdContext = created.CreateContext();
        await createdContext.Database.EnsureCreatedAsync();

        var fromMigrations = await SchemaDescription.ReadAsync(migratedContext);
        var fromModel = await SchemaDescription.ReadAsync(createdContext);

        Assert.NotEmpty(fromModel);
        Assert.Equal(fromModel, fromMigrations);
    }
}
