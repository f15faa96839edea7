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
    /// Workflow notifications on every save, the hourly deadline reminders, and, when
    /// <c>Notifications:Email:Enabled</c> is true, the email copies.
    /// </summary>
    public static IServiceCollection AddLawReportNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<NotificationOptions>(configuration.GetSection(SectionName));
        services.AddSingleton<WorkflowNotificationInterceptor>();
        services.ConfigureDbContext<AppDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<WorkflowNotificationInterceptor>()));
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
