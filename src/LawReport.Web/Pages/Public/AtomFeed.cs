using System.Xml;
using System.Xml.Linq;
using LawReport.Domain.Common;
using LawReport.Infrastructure.Data;
using LawReport.Web.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LawReport.Web.Pages.Public;

/// <summary>
/// Atom feeds (RFC 4287) of new publications: all of them, and per bureau. An entry is the current
/// version of a report; a correction appears as a new entry (a new publication with its own date), and
/// a withdrawn report leaves the feed.
/// </summary>
public static class AtomFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    public const int Entries = 50;

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static Task<IResult> AllAsync(HttpContext context, AppDbContext db, IOptions<PortalOptions> portal, TimeProvider time, CancellationToken cancellationToken) =>
        WriteAsync(context, db, time, $"{portal.Value.Name}：新公开的报告", PublicUrls.Feed, PublicUrls.List, bureauId: null, cancellationToken);

    public static async Task<IResult> BureauAsync(int bureauId, HttpContext context, AppDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var bureau = await db.Bureaus.AsNoTracking().Where(b => b.Id == bureauId).Select(b => b.FullName).SingleOrDefaultAsync(cancellationToken);
        return bureau is null
            ? Results.NotFound()
            : await WriteAsync(context, db, time, $"{bureau}公开的报告", PublicUrls.BureauFeed(bureauId), $"{PublicUrls.List}?bureau={bureauId}", bureauId, cancellationToken);
    }

    private static async Task<IResult> WriteAsync(
        HttpContext context, AppDbContext db, TimeProvider time, string title, string self, string alternate, int? bureauId, CancellationToken cancellationToken)
    {
        var publications = db.Listed();
        if (bureauId is { } id)
        {
            publications = publications.Where(p => p.BureauId == id);
        }

        var entries = await publications
            .OrderByDescending(p => p.PublishedAt)
            .ThenByDescending(p => p.Id)
            .Take(Entries)
            .Select(p => new { p.Id, p.Title, p.Publisher, p.Year, p.Summary, p.PublishedAt, p.PdfLength })
            .ToListAsync(cancellationToken);

        var url = (string path) => PublicUrls.Absolute(context, path);
        var feed = new XElement(
            Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", "zh-CN"),
            new XElement(Atom + "id", url(self)),
            new XElement(Atom + "title", title),
            new XElement(Atom + "updated", Rfc3339(entries.Count > 0 ? entries[0].PublishedAt : time.GetUtcNow())),
            Link("self", url(self), "application/atom+xml"),
            Link("alternate", url(alternate), "text/html"),
            entries.Select(e => new XElement(
                Atom + "entry",
                new XElement(Atom + "id", url(PublicUrls.Publication(e.Id))),
                new XElement(Atom + "title", e.Title),
                Link("alternate", url(PublicUrls.Publication(e.Id)), "text/html"),
                Link("enclosure", url(PublicUrls.Pdf(e.Id)), "application/pdf", e.PdfLength),
                new XElement(Atom + "published", Rfc3339(e.PublishedAt)),
                new XElement(Atom + "updated", Rfc3339(e.PublishedAt)),
                new XElement(Atom + "author", new XElement(Atom + "name", e.Publisher)),
                new XElement(Atom + "category", new XAttribute("term", e.Year), new XAttribute("label", $"{e.Year}年度")),
                new XElement(Atom + "summary", e.Summary))));

        return Xml.Result(feed, ContentType);
    }

    private static XElement Link(string rel, string href, string type, int? length = null) =>
        new(Atom + "link",
            new XAttribute("rel", rel),
            new XAttribute("type", type),
            new XAttribute("href", href),
            length is { } bytes ? new XAttribute("length", bytes) : null);

    /// <summary>RFC 3339 in Beijing time, the time the reports' readers live in.</summary>
    private static string Rfc3339(DateTimeOffset at) => XmlConvert.ToString(at.InChina());
}
