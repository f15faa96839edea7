using LawReport.Web.Pages.Public.TextSearch;

namespace LawReport.Web.Pages.Public;

/// <summary>
/// The public side of the portal (no sign-in): the pages under <c>Pages/Public</c> and the home page, plus
/// the endpoints here — the PDF download, the feeds, the sitemap and robots.txt. Every one of them reads
/// publications through <see cref="PublicRecord"/> only.
/// </summary>
public static class PublicPortal
{
    public static IServiceCollection AddPublicPortal(this IServiceCollection services) =>
        services.AddScoped<IPublicationSearch, ContainsPublicationSearch>();

    public static void MapPublicEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/publications/{id:int}/pdf", [HttpMethods.Get, HttpMethods.Head], PdfDownload.HandleAsync).AllowAnonymous();
        endpoints.MapGet(PublicUrls.Feed, AtomFeed.AllAsync).AllowAnonymous();
        endpoints.MapGet("/bureaus/{bureauId:int}/feed.atom", AtomFeed.BureauAsync).AllowAnonymous();
        endpoints.MapGet(PublicUrls.Sitemap, Discovery.SitemapAsync).AllowAnonymous();
        endpoints.MapGet("/robots.txt", Discovery.Robots).AllowAnonymous();
    }
}
