using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LawReport.Infrastructure.Publishing;

public static class PublishingSetup
{
    /// <summary>The publisher and its settings; the host registers the <c>IReportRenderer</c>.</summary>
    public static IServiceCollection AddLawReportPublishing(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<PublishingOptions>()
            .Bind(configuration.GetSection(PublishingOptions.SectionName))
            .Validate(PublishingOptions.IsValid, "Publishing:IndexNumberPattern must contain {serial}; Publishing:Category is at most 50 characters.")
            .ValidateOnStart();
        services.TryAddSingleton<IPublishingObserver, NoPublishingObserver>();
        services.AddScoped<ReportPublisher>();
        return services;
    }
}
