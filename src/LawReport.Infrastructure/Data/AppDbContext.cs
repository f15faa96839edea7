using LawReport.Domain.Audit;
using LawReport.Domain.Bureaus;
using LawReport.Domain.Cycles;
using LawReport.Domain.Notifications;
using LawReport.Domain.Publishing;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Archive;
using LawReport.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Infrastructure.Data;

/// <summary>
/// The one database context: identity tables plus the domain's aggregates. Pages use it directly
/// (no repository layer, see docs/decisions/ADR-004).
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Bureau> Bureaus => Set<Bureau>();

    public DbSet<ReportingCycle> ReportingCycles => Set<ReportingCycle>();

    public DbSet<AnnualReport> Reports => Set<AnnualReport>();

    public DbSet<Publication> Publications => Set<Publication>();

    public DbSet<PublicationFile> PublicationFiles => Set<PublicationFile>();

    public DbSet<PendingImport> PendingImports => Set<PendingImport>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<Search.SearchIndexChange> SearchIndexChanges => Set<Search.SearchIndexChange>();

    public DbSet<Instances.WorkLease> WorkLeases => Set<Instances.WorkLease>();

    /// <summary>The data-protection key ring, shared by every portal instance (sign-in cookies, antiforgery tokens).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are stored as UTC date-times: SQLite can then order and compare them (it cannot
        // with DateTimeOffset) and PostgreSQL stores them as timestamptz.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        if (Database.IsSqlServer())
        {
            // SQL Server's default collations ignore case (and some accents and widths); SQLite and
            // PostgreSQL do not. One binary collation keeps search and unique names alike on all three.
            configurationBuilder.Properties<string>().UseCollation(DatabaseSetup.SqlServerCollation);
        }
    }
}
