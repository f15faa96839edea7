using LawReport.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Public.Search;

/// <summary>
/// Search by substring: a report matches when its title or text contains every word, in one of the
/// word's spellings. EF translates <c>Contains</c> to <c>instr</c> on SQLite and <c>strpos</c> on
/// PostgreSQL (the spellings become a JSON or array parameter), so two-character words (复议, 普法) match
/// on both exactly alike — which the trigram indexes of FTS5 and pg_trgm cannot promise for words under
/// three characters. It scans the text of every current publication: docs/performance.md ("Public
/// search") measures that at 2 000 publications.
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

        var total = await matches.CountAsync(cancellationToken);
        page = Paging.Clamp(page, Paging.PageCountOf(total, pageSize));
        var first = terms.Words[0].Spellings;
        var listings = await db.Listings(matches)
            .OrderByDescending(l => first.Any(s => l.Title.Contains(s)))
            .ThenByDescending(l => l.PublishedOn)
            .ThenByDescending(l => l.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken);

        // The text is read for the page's results only, to cut their passages.
        var ids = listings.Select(l => l.Id).ToList();
        var texts = await db.Publications
            .Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.SearchText })
            .ToDictionaryAsync(p => p.Id, p => p.SearchText, cancellationToken);

        var hits = listings.Select(l => new SearchHit(l, Passage.Find(texts[l.Id], terms.Words))).ToList();
        return new SearchResults(total, page, pageSize, hits);
    }
}
