namespace LawReport.Web.Pages.Public.TextSearch;

/// <summary>
/// Full-text search over the published reports (title and text), for the public. Behind an interface so
/// that a city with far more reports than a bureau-per-year portal holds can plug in an index without
/// touching the page; the results must stay the same on every database.
/// </summary>
public interface IPublicationSearch
{
    Task<SearchResults> SearchAsync(SearchTerms terms, int page, int pageSize, CancellationToken cancellationToken = default);
}

/// <summary>One page of results, newest first after those whose title holds the first word.</summary>
public sealed record SearchResults(int Total, int Page, int PageSize, IReadOnlyList<SearchHit> Hits)
{
    public int PageCount => Paging.PageCountOf(Total, PageSize);
}

public sealed record SearchHit(PublicationListing Publication, Passage Passage);
