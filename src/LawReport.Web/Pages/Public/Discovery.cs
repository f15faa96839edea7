using System.Globalization;
using System.Text;
using System.Xml.Linq;
using LawReport.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.Public;

/// <summary>
/// For search engines: <c>robots.txt</c> (public pages yes, staff areas and search results no) and
/// <c>sitemap.xml</c> (the home page, the list, the timeliness boards and every readable publication).
/// </summary>
public static class Discovery
{
    /// <summary>The sitemap protocol's limit per file; a city's reports stay far below it.</summary>
    public const int SitemapLimit = 50_000;

    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IResult Robots(HttpContext context)
    {
        var text = new StringBuilder()
            .Append("User-agent: *\n")
            .Append("Disallow: /Account/\n")
            .Append("Disallow: /Admin/\n")
            .Append("Disallow: /Security/\n")
            .Append("Disallow: /Reports/\n")
            .Append(CultureInfo.InvariantCulture, $"Disallow: {PublicUrls.Search}\n")
            .Append("Allow: /\n")
            .Append(CultureInfo.InvariantCulture, $"Sitemap: {PublicUrls.Absolute(context, PublicUrls.Sitemap)}\n")
            .ToString();
        return new Xml.CachedResult(Results.Text(text, "text/plain; charset=utf-8"), Xml.CacheControl);
    }

    public static async Task<IResult> SitemapAsync(HttpContext context, AppDbContext db, CancellationToken cancellationToken)
    {
        var publications = await db.Readable()
            .OrderByDescending(p => p.PublishedOn)
            .ThenByDescending(p => p.Id)
            .Take(SitemapLimit - 100)
            .Select(p => new { p.Id, p.PublishedOn })
            .ToListAsync(cancellationToken);
        var years = await db.ReportingCycles.AsNoTracking().OrderByDescending(c => c.Year).Select(c => c.Year).ToListAsync(cancellationToken);
        var latest = publications.Count > 0 ? publications.Max(p => p.PublishedOn) : (DateOnly?)null;

        var urls = new List<(string Path, DateOnly? LastModified)> { (PublicUrls.Home, latest), (PublicUrls.List, latest) };
        urls.AddRange(years.Select(year => (PublicUrls.TimelinessOf(year), (DateOnly?)null)));
        urls.AddRange(publications.Select(p => (PublicUrls.Publication(p.Id), (DateOnly?)p.PublishedOn)));

        var sitemap = new XElement(
            Sitemaps + "urlset",
            urls.Select(u => new XElement(
                Sitemaps + "url",
                new XElement(Sitemaps + "loc", PublicUrls.Absolute(context, u.Path)),
                u.LastModified is { } date ? new XElement(Sitemaps + "lastmod", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null)));
        return Xml.Result(sitemap, "application/xml; charset=utf-8");
    }
}
