using LawReport.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.Public.TextSearch;

/// <summary>
/// Search by substring: a report matches when its title or text contains every word, in one of the
/// word's spellings. EF translates <c>Contains</c> to <c>instr</c> on SQLite and <c>strpos</c> on
/// PostgreSQL (the spellings become a JSON or array parameter), so two-character words (复议, 普法) match
/// on both exactly alike — which the trigram indexes of FTS5 and pg_trgm cannot promise for words under
/// three characters. It reads the text of every current publication once per search: docs/performance.md
/// ("Public search") measures that at 2 000 publications, and ADR-010 says when to replace it.
/// </summary>
public sealed class ContainsPublicationSearch(AppDbContext db) : IPublicationSearch
{
    public async Task<SearchResults> SearchAsync(SearchTerms terms, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var matches = db.Listed();
        foreach (var word in terms.Words)
        {
            var spellings = word.Spellings;
            matches = matches.Where(p => spellings.Any(s => p.Title.Contains(s) || p.SearchText.Contains(s)));
        }

        // One scan of the text finds every match with what it is ordered by (a few bytes a report); the
        // count and the page come from that list rather than from a second scan.
        var first = terms.Words[0].Spellings;
        var found = (await matches
                .Select(p => new { p.Id, InTitle = first.Any(s => p.Title.Contains(s)), p.PublishedOn })
                .ToListAsync(cancellationToken))
            .OrderByDescending(m => m.InTitle)
            .ThenByDescending(m => m.PublishedOn)
            .ThenByDescending(m => m.Id)
            .Select(m => m.Id)
            .ToList();
        page = Paging.Clamp(page, Paging.PageCountOf(found.Count, pageSize));
        var ids = found.Skip((page - 1) * pageSize).Take(pageSize).ToList();

        // The page's results only: their listing, and their text to cut the passages from.
        var listings = await db.Listings(db.Listed().Where(p => ids.Contains(p.Id))).ToDictionaryAsync(l => l.Id, cancellationToken);
        var texts = await db.Publications
            .Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.SearchText })
            .ToDictionaryAsync(p => p.Id, p => p.SearchText, cancellationToken);

        var hits = ids.Select(id => new SearchHit(listings[id], Passage.Find(texts[id], terms.Words))).ToList();
        return new SearchResults(found.Count, page, pageSize, hits);
    }
}
