using LawReport.Domain.Notifications;
using LawReport.Domain.Reports;
using LawReport.Domain.Users;
using LawReport.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Infrastructure.Notifications;

/// <summary>The active accounts an audience stands for.</summary>
public static class NotificationRecipients
{
    public static Task<List<string>> UserIdsAsync(
        AppDbContext db, NoticeAudience audience, int bureauId, PublishingParty publishedBy, CancellationToken cancellationToken)
    {
        var (role, bureau) = audience switch
        {
            NoticeAudience.BureauFilers => (Roles.Filer, (int?)bureauId),
            NoticeAudience.BureauLeads => (Roles.BureauLead, bureauId),
            NoticeAudience.Reviewers => (Roles.Reviewer, null),
            _ => publishedBy == PublishingParty.Bureau ? (Roles.BureauLead, bureauId) : (Roles.Reviewer, null),
        };

        return (from user in db.Users
                where user.IsActive && (bureau == null || user.BureauId == bureau)
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join r in db.Roles on userRole.RoleId equals r.Id
                where r.Name == role
                orderby user.Id
                select user.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Whether the audience is the city office (one message for all bureaus) rather than one bureau's people.</summary>
    public static bool IsCityOffice(NoticeAudience audience, PublishingParty publishedBy) =>
        audience == NoticeAudience.Reviewers || (audience == NoticeAudience.Publishers && publishedBy == PublishingParty.Reviewer);
}
