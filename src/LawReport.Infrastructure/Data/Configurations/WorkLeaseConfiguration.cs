using LawReport.Infrastructure.Instances;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LawReport.Infrastructure.Data.Configurations;

/// <summary>One row per piece of periodic work, keyed by its name.</summary>
internal sealed class WorkLeaseConfiguration : IEntityTypeConfiguration<WorkLease>
{
    public void Configure(EntityTypeBuilder<WorkLease> builder)
    {
        builder.ToTable("WorkLeases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(WorkLease.NameMaxLength);
        builder.Property(l => l.Holder).HasMaxLength(WorkLease.HolderMaxLength).IsRequired();
    }
}
