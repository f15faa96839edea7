using LawReport.Domain.Publishing;
using LawReport.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.Public;

/// <summary>
/// What the public may see, in one place: every public page, feed, search and sitemap starts from these
/// queries, and none of them ever reads a report (drafts, revisions under review) — only publications.
/// A withdrawn publication is not public anywhere; a corrected one stays readable, marked 已更正.
/// </summary>
public static class PublicRecord
{
    /// <summary>Names in the order a Chinese reader looks them up: by pinyin (zh-CN collation).</summary>
    public static readonly StringComparer NameOrder = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("zh-CN"), ignoreCase: false);

    /// <summary>Publications a visitor may open: the current versions and the corrected ones.</summary>
    public static IQueryable<Publication> Readable(this AppDbContext db) =>
        db.Publications.AsNoTracking().Where(p => p.State != PublicationState.Withdrawn);

    /// <summary>The current version of each published report: what lists, search and feeds show.</summary>
    public static IQueryable<Publication> Listed(this AppDbContext db) =>
        db.Publications.AsNoTracking().Where(p => p.State == PublicationState.Current);

    /// <summary>Listed publications with their bureau, as lists show them (no content, no file).</summary>
    public static IQueryable<PublicationListing> Listings(this AppDbContext db, IQueryable<Publication> publications) =>
        from p in publications
        join b in db.Bureaus on p.BureauId equals b.Id
        select new PublicationListing
        {
            Id = p.Id,
            Title = p.Title,
            Publisher = p.Publisher,
            BureauId = b.Id,
            BureauName = b.FullName,
            City = b.City,
            Category = b.Category,
            Year = p.Year,
            PublishedOn = p.PublishedOn,
            PublishedAt = p.PublishedAt,
            Version = p.Version,
            Summary = p.Summary,
        };

    /// <summary>Newest first; the id keeps reports published on the same day in a stable order.</summary>
    public static IQueryable<PublicationListing> NewestFirst(this IQueryable<PublicationListing> listings) =>
        listings.OrderByDescending(p => p.PublishedOn).ThenByDescending(p => p.Id);

    public static IQueryable<PublicationListing> OldestFirst(this IQueryable<PublicationListing> listings) =>
        listings.OrderBy(p => p.PublishedOn).ThenBy(p => p.Id);

    /// <summary>The years reported on, latest first, with how many reports each has: for browsing by year.</summary>
    public static async Task<IReadOnlyList<(int Year, int Count)>> CountByYearAsync(this IQueryable<Publication> publications, CancellationToken cancellationToken) =>
        (await publications.GroupBy(p => p.Year).Select(g => new { Year = g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .OrderByDescending(g => g.Year)
            .Select(g => (g.Year, g.Count))
            .ToList();
}

/// <summary>
/// One published report in a list: enough to show and link it. Initialised by members, not by a
/// constructor, so that queries can still filter and order after projecting into it.
/// </summary>
public sealed record PublicationListing
{
    public int Id { get; init; }

    public string Title { get; init; } = "";

    /// <summary>发布机构.</summary>
    public string Publisher { get; init; } = "";

    public int BureauId { get; init; }

    /// <summary>The bureau's name today (it may have published under an earlier name).</summary>
    public string BureauName { get; init; } = "";

    public string City { get; init; } = "";

    /// <summary>The bureau's category, e.g. 市政府工作部门.</summary>
    public string Category { get; init; } = "";

    /// <summary>The year reported on.</summary>
    public int Year { get; init; }

    /// <summary>公开日期.</summary>
    public DateOnly PublishedOn { get; init; }

    public DateTimeOffset PublishedAt { get; init; }

    /// <summary>1 for the first publication, 2 and more for corrected versions.</summary>
    public int Version { get; init; }

    /// <summary>内容概述.</summary>
    public string Summary { get; init; } = "";
}
