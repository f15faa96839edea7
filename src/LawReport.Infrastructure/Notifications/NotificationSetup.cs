using LawReport.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LawReport.Infrastructure.Notifications;

public static class NotificationSetup
{
    public const string SectionName = "Notifications";

    /// <summary>
    /// The portal's notification jobs: the hourly deadline reminders and, when
    /// <c>Notifications:Email:Enabled</c> is true, the email copies.
    /// </summary>
    public static IServiceCollection AddLawReportNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        // The notifications written with a save come with the core services (CoreServices.AddLawReportCore).
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<DeadlineReminderJob>();
        services.AddHostedService<DeadlineReminderService>();

        services.TryAddSingleton<INotificationEmail, SmtpNotificationEmail>();
        services.AddScoped<NotificationEmailOutbox>();
        if (configuration.GetValue<bool>($"{SectionName}:Email:Enabled"))
        {
            services.AddHostedService<NotificationEmailService>();
        }

        return services;
    }
}
