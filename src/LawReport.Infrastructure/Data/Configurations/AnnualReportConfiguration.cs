using LawReport.Domain.Bureaus;
using LawReport.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LawReport.Infrastructure.Data.Configurations;

/// <summary>The report aggregate: the report, its sections and items, and its status history.</summary>
internal sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    public const int StatusMaxLength = 32;

    public void Configure(EntityTypeBuilder<AnnualReport> builder)
    {
        builder.ToTable("Reports");
        builder.Property(r => r.Title).HasMaxLength(AnnualReportLimits.TitleMaxLength).IsRequired();
        builder.Property(r => r.Addressee).HasMaxLength(AnnualReportLimits.AddresseeMaxLength).IsRequired();
        builder.Property(r => r.Preamble).HasMaxLength(AnnualReportLimits.PreambleMaxLength).IsRequired();
        builder.Property(r => r.Closing).HasMaxLength(AnnualReportLimits.ClosingMaxLength).IsRequired();
        builder.Property(r => r.Signature).HasMaxLength(AnnualReportLimits.SignatureMaxLength).IsRequired();
        builder.Property(r => r.Note).HasMaxLength(AnnualReportLimits.NoteMaxLength).IsRequired();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(StatusMaxLength).IsRequired();
        builder.Property(r => r.Version).IsConcurrencyToken();

        // One report per bureau and year; a bureau is never deleted while it has reports.
        builder.HasIndex(r => new { r.BureauId, r.Year }).IsUnique();
        builder.HasIndex(r => new { r.Year, r.Status });
        builder.HasOne<Bureau>().WithMany().HasForeignKey(r => r.BureauId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(r => r.Sections).WithOne().HasForeignKey("ReportId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Sections).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(r => r.History).WithOne().HasForeignKey("ReportId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(r => r.Revisions).WithOne().HasForeignKey("ReportId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Revisions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(r => r.ReturnPoints).WithOne().HasForeignKey("ReportId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.ReturnPoints).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(r => r.Content);
        builder.Ignore(r => r.IsEditable);
        builder.Ignore(r => r.LatestRevision);
    }
}

internal sealed class ReportSectionConfiguration : IEntityTypeConfiguration<ReportSection>
{
    public void Configure(EntityTypeBuilder<ReportSection> builder)
    {
        builder.ToTable("ReportSections");
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(AnnualReportConfiguration.StatusMaxLength).IsRequired();
        builder.Property(s => s.Heading).HasMaxLength(AnnualReportLimits.SectionHeadingMaxLength).IsRequired();
        builder.Property(s => s.Order).HasColumnName("Position");
        builder.HasMany(s => s.Items).WithOne().HasForeignKey("SectionId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(s => s.TextLength);
        builder.Ignore(s => s.IsEmpty);
    }
}

internal sealed class ReportItemConfiguration : IEntityTypeConfiguration<ReportItem>
{
    public void Configure(EntityTypeBuilder<ReportItem> builder)
    {
        builder.ToTable("ReportItems");
        builder.Property(i => i.Heading).HasMaxLength(AnnualReportLimits.ItemHeadingMaxLength).IsRequired();
        builder.Property(i => i.Body).HasMaxLength(AnnualReportLimits.ItemBodyMaxLength).IsRequired();
        builder.Property(i => i.Order).HasColumnName("Position");
        builder.Ignore(i => i.HasHeading);
        builder.Ignore(i => i.Paragraphs);
        builder.Ignore(i => i.IsEmpty);
        builder.Ignore(i => i.Content);
    }
}

internal sealed class ReportRevisionConfiguration : IEntityTypeConfiguration<ReportRevision>
{
    public void Configure(EntityTypeBuilder<ReportRevision> builder)
    {
        builder.ToTable("ReportRevisions");
        builder.Property<int>("ReportId");
        builder.HasIndex("ReportId", nameof(ReportRevision.Number)).IsUnique();
        builder.Property(r => r.Content).HasConversion(new ReportContentJsonConverter(), new ReportContentComparer()).IsRequired();
        builder.Property(r => r.SubmittedById).HasMaxLength(450).IsRequired();
        builder.Property(r => r.SubmittedByName).HasMaxLength(Identity.AppUser.DisplayNameMaxLength).IsRequired();
    }
}

internal sealed class ReturnPointConfiguration : IEntityTypeConfiguration<ReturnPoint>
{
    public void Configure(EntityTypeBuilder<ReturnPoint> builder)
    {
        builder.ToTable("ReportReturnPoints");
        builder.Property<int>("ReportId");
        builder.HasIndex("ReportId", nameof(ReturnPoint.Number)).IsUnique();
        builder.Property(p => p.SectionHeading).HasMaxLength(AnnualReportLimits.SectionHeadingMaxLength).IsRequired();
        builder.Property(p => p.Text).HasMaxLength(ReturnPoint.TextMaxLength).IsRequired();
        builder.Property(p => p.Answer).HasMaxLength(ReturnPoint.TextMaxLength).IsRequired();
        builder.Property(p => p.RaisedById).HasMaxLength(450).IsRequired();
        builder.Property(p => p.RaisedByName).HasMaxLength(Identity.AppUser.DisplayNameMaxLength).IsRequired();
        builder.Property(p => p.ClosedByName).HasMaxLength(Identity.AppUser.DisplayNameMaxLength).IsRequired();
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(AnnualReportConfiguration.StatusMaxLength).IsRequired();
        builder.Ignore(p => p.IsOpen);
    }
}

internal sealed class StatusChangeConfiguration : IEntityTypeConfiguration<StatusChange>
{
    public void Configure(EntityTypeBuilder<StatusChange> builder)
    {
        builder.ToTable("ReportStatusChanges");
        builder.Property(h => h.From).HasConversion<string>().HasMaxLength(AnnualReportConfiguration.StatusMaxLength);
        builder.Property(h => h.To).HasConversion<string>().HasMaxLength(AnnualReportConfiguration.StatusMaxLength).IsRequired();
        builder.Property(h => h.ActorId).HasMaxLength(450).IsRequired();
        builder.Property(h => h.ActorName).HasMaxLength(Identity.AppUser.DisplayNameMaxLength).IsRequired();
        builder.Property(h => h.Comment).HasMaxLength(AnnualReportLimits.ReasonMaxLength).IsRequired();
    }
}
