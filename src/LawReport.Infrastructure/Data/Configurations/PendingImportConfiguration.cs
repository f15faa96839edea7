using LawReport.Domain.Bureaus;
using LawReport.Domain.Publishing;
using LawReport.Infrastructure.Archive;
using LawReport.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LawReport.Infrastructure.Data.Configurations;

/// <summary>Uploaded files waiting for review before they are archived.</summary>
internal sealed class PendingImportConfiguration : IEntityTypeConfiguration<PendingImport>
{
    public void Configure(EntityTypeBuilder<PendingImport> builder)
    {
        builder.ToTable("PendingImports");
        builder.HasOne<Bureau>().WithMany().HasForeignKey(p => p.BureauId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(p => p.FileName).HasMaxLength(PendingImport.FileNameMaxLength).IsRequired();
        builder.Property(p => p.Source).IsRequired();
        builder.Property(p => p.SourceSha256).HasMaxLength(Publication.Sha256Length).IsRequired();
        builder.Property(p => p.SourceText).IsRequired();
        builder.Property(p => p.Warnings).IsRequired();
        builder.Property(p => p.ReportJson).IsRequired();
        builder.Property(p => p.UploadedById).HasMaxLength(450).IsRequired();
        builder.Property(p => p.UploadedByName).HasMaxLength(AppUser.DisplayNameMaxLength).IsRequired();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.Report);
        builder.Ignore(p => p.WarningLines);
        builder.HasIndex(p => p.SourceSha256);
    }
}
