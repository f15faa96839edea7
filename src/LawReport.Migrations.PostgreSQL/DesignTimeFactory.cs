using LawReport.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace LawReport.Migrations.PostgreSQL;

/// <summary>How <c>dotnet ef</c> builds the model for PostgreSQL (docs/migrations.md).</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) => DesignTimeContext.Create(DatabaseProvider.PostgreSQL, args);
}
