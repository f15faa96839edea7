using LawReport.Documents.Pdf;
using LawReport.Infrastructure.Archive;
using LawReport.Infrastructure.Audit;
using LawReport.Infrastructure.Data;
using LawReport.Infrastructure.Identity;
using LawReport.Infrastructure.Notifications;
using LawReport.Infrastructure.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LawReport.Infrastructure;

public static class CoreServices
{
    /// <summary>
    /// What the web app and the command line share, registered once so they cannot drift: the database
    /// context with every interceptor of a save (the audit trail and the workflow notifications, ADR-012),
    /// the clock, the PDF renderer (fonts from the <c>Fonts</c> section), the archive and the accounts.
    /// Each host adds its own identity flavour and, for the portal, the hosted jobs.
    /// </summary>
    public static IServiceCollection AddLawReportCore(
        this IServiceCollection services,
        IConfiguration configuration,
        DatabaseOptions database,
        string dataDirectory)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddDbContext<AppDbContext>(options => options.UseLawReportDatabase(database, dataDirectory));

        services.AddLawReportAudit(configuration, dataDirectory);
        services.Configure<NotificationOptions>(configuration.GetSection(NotificationSetup.SectionName));
        services.AddSingleton<WorkflowNotificationInterceptor>();
        services.ConfigureDbContext<AppDbContext>((provider, options) =>
            options.AddInterceptors(provider.GetRequiredService<WorkflowNotificationInterceptor>()));

        // The search index's change sequence, written with every publication, withdrawal and correction (ADR-021).
        services.AddSingleton<SearchIndexChangeInterceptor>();
        services.ConfigureDbContext<AppDbContext>((provider, options) =>
            options.AddInterceptors(provider.GetRequiredService<SearchIndexChangeInterceptor>()));

        // The official PDF: the shipped fonts unless the Fonts section points a role at licensed ones.
        // Created on first use (loading the fonts takes a moment), then shared: the renderer is thread-safe.
        var fonts = configuration.GetSection(FontSettings.SectionName).Get<FontSettings>() ?? new FontSettings();
        services.AddSingleton<IReportRenderer>(_ => new PdfReportRenderer(fonts));
        services.AddScoped<ReportArchive>();
        services.AddScoped<UserAccounts>();
        return services;
    }
}
