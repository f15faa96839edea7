using LawReport.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LawReport.Infrastructure.Audit;

public static class AuditSetup
{
    /// <summary>
    /// The audit log on the app's database context: <see cref="AuditLog"/> for sign-ins and role
    /// changes, and <see cref="AuditTrailInterceptor"/> on every save. Who acts is the system unless the
    /// host registered its own <see cref="IAuditContext"/> first (the portal: the signed-in user).
    /// Entries are sealed into a hash chain with the keys of the <c>Audit</c> settings (<see cref="AuditKeyRing"/>).
    /// </summary>
    public static IServiceCollection AddLawReportAudit(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        services.AddSingleton(_ => AuditKeyRing.FromConfiguration(configuration, dataDirectory));
        services.AddSingleton<AuditChain>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAuditContext, SystemAuditContext>();
        services.AddSingleton<AuditTrailInterceptor>();
        services.AddScoped<AuditLog>();
        services.ConfigureDbContext<AppDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<AuditTrailInterceptor>()));
        return services;
    }
}
