using LawReport.Infrastructure.Audit;
using LawReport.Infrastructure.Notifications;
using LawReport.Infrastructure.Publishing;
using LawReport.Web.Authorization;
using Microsoft.Extensions.Options;

namespace LawReport.Web.Startup;

public static class ReviewServices
{
    /// <summary>
    /// The city office's side and the road to publication: the audit log (who acts is the signed-in user,
    /// from the request's address), notifications and reminders, and the publisher.
    /// </summary>
    public static void AddReviewAndPublishing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        // Registered after the core services' default (the system): the last registration wins.
        services.AddSingleton<IAuditContext, HttpAuditContext>();
        services.AddLawReportNotifications(configuration);
        services.AddOptions<NotificationOptions>()
            .Configure<IOptions<WorkflowOptions>>((notifications, workflow) => notifications.PublishedBy = workflow.Value.PublishedBy);
        services.AddLawReportPublishing(configuration);
    }
}
