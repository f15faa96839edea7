using LawReport.Domain.Notifications;
using LawReport.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LawReport.Infrastructure.Data.Configurations;

/// <summary>Users' notifications; a reminder's key is unique per user, so it can never be sent twice.</summary>
internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(n => n.UserId).HasMaxLength(Notification.UserIdMaxLength).IsRequired();
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(AnnualReportConfiguration.StatusMaxLength).IsRequired();
        builder.Property(n => n.Text).HasMaxLength(Notification.TextMaxLength).IsRequired();
        builder.Property(n => n.Key).HasMaxLength(Notification.KeyMaxLength);
        builder.Ignore(n => n.IsRead);

        // The header's unread count, and the never-twice rule for reminders (NULL keys are distinct).
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
        builder.HasIndex(n => new { n.UserId, n.Key }).IsUnique();

        // The email outbox: notifications not yet emailed.
        builder.HasIndex(n => new { n.EmailedAt, n.CreatedAt });
    }
}
