using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace LawReport.Web.Pages.Public;

/// <summary>How many requests one client address may make in a window (<c>RateLimits:Search</c>, <c>RateLimits:Pdf</c>).</summary>
public sealed class RateLimitOptions
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Limits on what an anonymous visitor can make the server work hard for: searches and PDF downloads,
/// per client address (the proxy's <c>X-Forwarded-For</c> when it is a known proxy, see WebPipeline).
/// Signed-in users are not limited. A request over the limit gets 429 with <c>Retry-After</c> and a
/// Chinese explanation. The limits are per instance: behind a load balancer a client gets the limit
/// of each instance it reaches.
/// </summary>
public static class PublicRateLimits
{
    public const string SectionName = "RateLimits";
    public const string Search = "public-search";
    public const string Pdf = "public-pdf";

    public static IServiceCollection AddPublicRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var search = Options(configuration, "Search", permitLimit: 30);
        var pdf = Options(configuration, "Pdf", permitLimit: 60);
        return services.AddRateLimiter(options =>
        {
            options.AddPolicy(Search, context => PerAnonymousAddress(context, search));
            options.AddPolicy(Pdf, context => PerAnonymousAddress(context, pdf));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var response = rejected.HttpContext.Response;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                response.ContentType = "text/plain; charset=utf-8";
                await response.WriteAsync("请求过于频繁，请稍后再试。", cancellationToken);
            };
        });
    }

    private static RateLimitOptions Options(IConfiguration configuration, string name, int permitLimit)
    {
        var options = new RateLimitOptions { PermitLimit = permitLimit };
        configuration.GetSection($"{SectionName}:{name}").Bind(options);
        return options;
    }

    private static RateLimitPartition<string> PerAnonymousAddress(HttpContext context, RateLimitOptions options) =>
        context.User.Identity?.IsAuthenticated == true || options.PermitLimit <= 0
            ? RateLimitPartition.GetNoLimiter("")
            : RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.PermitLimit, Window = options.Window, QueueLimit = 0 });
}
