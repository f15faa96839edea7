using LawReport.Web.Pages.Public;
using LawReport.Web.Pages.Public.TextSearch;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LawReport.Web.Pages.Public;

/// <summary>
/// Full-text search of the published reports: every word in the title or the text, ten results a page,
/// each with the passage where the words occur. A GET form, so results can be linked and need no script.
/// </summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(PublicRateLimits.Search)]
public sealed class SearchModel(IPublicationSearch search) : PageModel
{
    public const int PageSize = 10;

    /// <summary>The query as typed, shown again in the box.</summary>
    public string Query { get; private set; } = "";

    public SearchTerms? Terms { get; private set; }

    public string Error { get; private set; } = "";

    public SearchResults? Results { get; private set; }

    public Paging Paging { get; private set; } = new(1, 1, _ => PublicUrls.Search);

    public async Task OnGetAsync(string? q, [FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        Query = q ?? "";
        if (!Request.Query.ContainsKey("q"))
        {
            return; // the empty form; an empty query submitted is explained below
        }

        if (!SearchTerms.TryParse(q, out var terms, out var error))
        {
            Error = error;
            return;
        }

        Terms = terms;
        Results = await search.SearchAsync(terms, pageNumber ?? 1, PageSize, cancellationToken);
        Paging = new Paging(Results.Page, Results.PageCount, PageUrl);
    }

    public string PageUrl(int page)
    {
        var query = QueryString.Create("q", Terms?.Text ?? Query);
        return PublicUrls.Search + (page > 1 ? query.Add("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)) : query);
    }
}
