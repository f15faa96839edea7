using LawReport.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LawReport.Infrastructure.Data.Configurations;

/// <summary>
/// The audit log: one append-only table with no foreign keys, so that an entry outlives whatever it
/// is about (accounts are deactivated, never deleted; reports keep their ids).
/// </summary>
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(AuditEntry.ActionMaxLength).IsRequired();
        builder.Property(e => e.ActorId).HasMaxLength(AuditEntry.ActorIdMaxLength).IsRequired();
        builder.Property(e => e.ActorName).HasMaxLength(AuditEntry.ActorNameMaxLength).IsRequired();
        builder.Property(e => e.RemoteAddress).HasMaxLength(AuditEntry.RemoteAddressMaxLength).IsRequired();
        builder.Property(e => e.Target).HasMaxLength(AuditEntry.TargetMaxLength).IsRequired();
        builder.Property(e => e.Summary).HasMaxLength(AuditEntry.SummaryMaxLength).IsRequired();
        builder.Property(e => e.Details).HasMaxLength(AuditEntry.DetailsMaxLength).IsRequired();
        // The defaults are what rows written before the chain hold: no place yet, no MAC (the migration
        // then numbers them). Every entry saved since is sealed with both.
        builder.Property(e => e.Mac).HasMaxLength(AuditEntry.MacMaxLength).IsRequired().HasDefaultValue("");
        builder.Property(e => e.Sequence).HasDefaultValue(0L);

        // One entry per place in the hash chain: two writers that raced for the same place cannot both
        // commit, so the chain never forks (ADR-020).
        builder.HasIndex(e => e.Sequence).IsUnique();

        // The auditor reads newest first, by time and by kind of action.
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.Action, e.At });
    }
}
