using LawReport.Infrastructure.Data;
using LawReport.Tests.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Infrastructure.Tests.Persistence;

/// <summary>The SQLite file (password hashes, security stamps) is created readable by its owner only.</summary>
public sealed class FilesAtRest
{
    [Fact]
    public async Task A_new_sqlite_database_file_is_created_0600()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        await using (var db = database.CreateContext())
        {
            await DatabaseSetup.MigrateAsync(db);
            Assert.True(await db.Bureaus.CountAsync() >= 0);
            var path = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;

            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }
}
