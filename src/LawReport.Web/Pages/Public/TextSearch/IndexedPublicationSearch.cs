using LawReport.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.Public.TextSearch;

/// <summary>
/// Search through this instance's <see cref="PublicationIndex"/> (ADR-021, replacing ADR-010's scan of
/// every text): the index answers which publications match and in what order; the database gives the
/// page's listings and the text its passages are cut from, exactly as before. The index first catches up
/// with the change sequence, so a search never misses a publication that committed before it began.
/// </summary>
public sealed class IndexedPublicationSearch(AppDbContext db, PublicationIndex index) : IPublicationSearch
{
    public async Task<SearchResults> SearchAsync(SearchTerms terms, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await index.CatchUpAsync(db, cancellationToken);
        var (total, shown, ids) = index.Search(terms, page, pageSize);

        // A publication withdrawn after the index was read is left out rather than shown.
        var listings = await db.Listings(db.Listed().Where(p => ids.Contains(p.Id))).ToDictionaryAsync(l => l.Id, cancellationToken);
        var texts = await db.Publications
            .Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.SearchText })
            .ToDictionaryAsync(p => p.Id, p => p.SearchText, cancellationToken);

        var hits = ids.Where(listings.ContainsKey).Select(id => new SearchHit(listings[id], Passage.Find(texts[id], terms.Words))).ToList();
        return new SearchResults(total, shown, pageSize, hits);
    }
}
