using LawReport.Web.Pages.Public.TextSearch;

namespace LawReport.Web.Pages.Public;

/// <summary>
/// The public side of the portal (no sign-in): the pages under <c>Pages/Public</c> and the home page, plus
/// the endpoints here — the PDF download, the feeds, the sitemap and robots.txt. Every one of them reads
/// publications through <see cref="PublicRecord"/> only.
/// </summary>
public static class PublicPortal
{
    /// <summary>
    /// Full-text search through this instance's index (ADR-021), kept in its own folder: by default
    /// <c>search-index</c> in the data directory, or <c>Search:IndexDirectory</c>.
    /// </summary>
    public static IServiceCollection AddPublicPortal(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        var section = configuration.GetSection(SearchOptions.SectionName);
        services.Configure<SearchOptions>(section);
        var configured = section.Get<SearchOptions>()?.IndexDirectory;
        var path = string.IsNullOrWhiteSpace(configured) ? Path.Combine(dataDirectory, "search-index") : Path.GetFullPath(configured);
        services.AddSingleton(_ => new PublicationIndex(path));
        services.AddHostedService<SearchIndexCatchUp>();
        services.AddPublicRateLimits(configuration);

        // No Set-Cookie on anonymous public responses, so shared caches may keep them.
        QuietTempDataProvider.Register(services);
        return services.AddScoped<IPublicationSearch, IndexedPublicationSearch>();
    }

    public static void MapPublicEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/publications/{id:int}/pdf", [HttpMethods.Get, HttpMethods.Head], PdfDownload.HandleAsync).AllowAnonymous()
            .RequireRateLimiting(PublicRateLimits.Pdf);
        endpoints.MapGet(PublicUrls.Feed, AtomFeed.AllAsync).AllowAnonymous();
        endpoints.MapGet("/bureaus/{bureauId:int}/feed.atom", AtomFeed.BureauAsync).AllowAnonymous();
        endpoints.MapGet(PublicUrls.Sitemap, Discovery.SitemapAsync).AllowAnonymous();
        endpoints.MapGet("/robots.txt", Discovery.Robots).AllowAnonymous();
    }
}
