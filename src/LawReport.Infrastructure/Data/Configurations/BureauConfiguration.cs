using LawReport.Domain.Bureaus;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LawReport.Infrastructure.Data.Configurations;

internal sealed class BureauConfiguration : IEntityTypeConfiguration<Bureau>
{
    public void Configure(EntityTypeBuilder<Bureau> builder)
    {
        builder.ToTable("Bureaus");
        builder.Property(b => b.FullName).HasMaxLength(Bureau.FullNameMaxLength).IsRequired();
        builder.Property(b => b.ShortName).HasMaxLength(Bureau.ShortNameMaxLength).IsRequired();
        builder.Property(b => b.OrganizationCode).HasMaxLength(Bureau.OrganizationCodeMaxLength).IsRequired();
        builder.Property(b => b.City).HasMaxLength(Bureau.CityMaxLength).IsRequired();
        builder.Property(b => b.Category).HasMaxLength(Bureau.CategoryMaxLength).IsRequired();
        builder.Property(b => b.DefaultAddressee).HasMaxLength(Bureau.AddresseeMaxLength).IsRequired();
        builder.HasIndex(b => b.FullName).IsUnique();
    }
}
