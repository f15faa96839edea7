using LawReport.Web.Startup;
using Microsoft.Extensions.Options;

namespace LawReport.Web.Pages.Public;

/// <summary>
/// The public addresses of things, absolute where feeds, the sitemap and robots.txt need them. The base is
/// <c>Portal:PublicUrl</c> when set — behind a reverse proxy the request's own host may be an internal
/// name, and Atom ids must not change with it — otherwise the request's scheme and host.
/// </summary>
public static class PublicUrls
{
    public const string Home = "/";
    public const string List = "/publications";
    public const string Search = "/search";

    /// <summary>The timeliness board of the latest cycle whose deadline has passed.</summary>
    public const string Timeliness = "/timeliness";
    public const string Feed = "/feed.atom";
    public const string Sitemap = "/sitemap.xml";

    public static string Publication(int id) => $"/publications/{id}";

    public static string Pdf(int id) => $"/publications/{id}/pdf";

    public static string BureauFeed(int bureauId) => $"/bureaus/{bureauId}/feed.atom";

    public static string TimelinessOf(int year) => $"{Timeliness}/{year}";

    public static string BaseUrl(HttpContext context)
    {
        var configured = context.RequestServices.GetRequiredService<IOptions<PortalOptions>>().Value.PublicUrl;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.Trim().TrimEnd('/');
        }

        var request = context.Request;
        return $"{request.Scheme}://{request.Host}{request.PathBase}";
    }

    public static string Absolute(HttpContext context, string path) => BaseUrl(context) + path;
}
