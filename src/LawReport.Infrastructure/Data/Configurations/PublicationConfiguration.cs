using LawReport.Domain.Bureaus;
using LawReport.Domain.Publishing;
using LawReport.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LawReport.Infrastructure.Data.Configurations;

/// <summary>The public record: publications, and their PDF bytes in a table of their own.</summary>
internal sealed class PublicationConfiguration : IEntityTypeConfiguration<Publication>
{
    public void Configure(EntityTypeBuilder<Publication> builder)
    {
        builder.ToTable("Publications");
        builder.HasOne<AnnualReport>().WithMany().HasForeignKey(p => p.ReportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Bureau>().WithMany().HasForeignKey(p => p.BureauId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Publication>().WithMany().HasForeignKey(p => p.CorrectedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.File).WithOne().HasForeignKey<PublicationFile>(f => f.PublicationId).OnDelete(DeleteBehavior.Cascade);

        builder.Property(p => p.Origin).HasConversion<string>().HasMaxLength(AnnualReportConfiguration.StatusMaxLength).IsRequired();
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(AnnualReportConfiguration.StatusMaxLength).IsRequired();
        builder.Property(p => p.IndexNumber).HasMaxLength(Publication.IndexNumberMaxLength).IsRequired();
        builder.Property(p => p.Title).HasMaxLength(AnnualReportLimits.TitleMaxLength).IsRequired();
        builder.Property(p => p.Publisher).HasMaxLength(Publication.PublisherMaxLength).IsRequired();
        builder.Property(p => p.Category).HasMaxLength(Publication.CategoryMaxLength).IsRequired();
        builder.Property(p => p.DisclosureMethod).HasMaxLength(Publication.DisclosureMethodMaxLength).IsRequired();
        builder.Property(p => p.DocumentNumber).HasMaxLength(Publication.DocumentNumberMaxLength).IsRequired();
        builder.Property(p => p.Summary).HasMaxLength(Publication.SummaryMaxLength).IsRequired();
        builder.Property(p => p.PublishedByName).HasMaxLength(Identity.AppUser.DisplayNameMaxLength).IsRequired();
        builder.Property(p => p.Content).HasConversion(new ReportContentJsonConverter(), new ReportContentComparer()).IsRequired();
        builder.Property(p => p.SearchText).IsRequired();
        builder.Property(p => p.PdfSha256).HasMaxLength(Publication.Sha256Length).IsRequired();
        builder.Property(p => p.SourceSha256).HasMaxLength(Publication.Sha256Length).IsRequired();
        builder.Property(p => p.WithdrawalReason).HasMaxLength(AnnualReportLimits.ReasonMaxLength).IsRequired();
        builder.Ignore(p => p.Validity);

        builder.HasIndex(p => new { p.ReportId, p.Version }).IsUnique();
        // A serial is never reused: unique per publisher and year (NULL for archived reports, distinct).
        builder.HasIndex(p => new { p.BureauId, p.SerialYear, p.Serial }).IsUnique();
        builder.HasIndex(p => new { p.State, p.PublishedOn });
        builder.HasIndex(p => p.SourceSha256);
    }
}

internal sealed class PublicationFileConfiguration : IEntityTypeConfiguration<PublicationFile>
{
    public void Configure(EntityTypeBuilder<PublicationFile> builder)
    {
        builder.ToTable("PublicationFiles");
        builder.HasKey(f => f.PublicationId);
        builder.Property(f => f.PublicationId).ValueGeneratedNever();
        builder.Property(f => f.Bytes).IsRequired();
    }
}
