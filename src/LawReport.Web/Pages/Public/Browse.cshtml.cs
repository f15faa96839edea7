using LawReport.Infrastructure.Data;
using LawReport.Web.Pages.Public;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.Public;

/// <summary>
/// The published reports, newest first (or oldest), browsed by year reported on, bureau, city and the
/// bureau's category, twenty to a page. Filters are a plain GET form: the address can be bookmarked and
/// shared, and nothing needs JavaScript. A value that is not valid (a mistyped year) is ignored.
/// </summary>
public sealed class BrowseModel(AppDbContext db) : PageModel
{
    public const int PageSize = 20;
    public const string OldestFirst = "oldest";

    public int? Year { get; private set; }

    public int? BureauId { get; private set; }

    public string? City { get; private set; }

    public string? Category { get; private set; }

    public string Sort { get; private set; } = "";

    public int Total { get; private set; }

    public IReadOnlyList<PublicationListing> Publications { get; private set; } = [];

    public Paging Paging { get; private set; } = new(1, 1, _ => PublicUrls.List);

    public IReadOnlyList<(int Year, int Count)> Years { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name)> Bureaus { get; private set; } = [];

    public IReadOnlyList<string> Cities { get; private set; } = [];

    public IReadOnlyList<string> Categories { get; private set; } = [];

    /// <summary>The filters in words, for the heading and the title, e.g. 2023年度 · 北京市人民政府外事办公室.</summary>
    public string Selection { get; private set; } = "";

    public async Task OnGetAsync(int? year, int? bureau, string? city, string? category, string? sort, [FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        Year = year;
        BureauId = bureau;
        City = string.IsNullOrWhiteSpace(city) ? null : city.Trim();
        Category = string.IsNullOrWhiteSpace(category) ? null : category.Trim();
        Sort = sort == OldestFirst ? OldestFirst : "";

        var all = db.Listings(db.Listed());
        await LoadChoicesAsync(all, cancellationToken);

        var selected = all;
        if (Year is { } y)
        {
            selected = selected.Where(p => p.Year == y);
        }

        if (BureauId is { } b)
        {
            selected = selected.Where(p => p.BureauId == b);
        }

        if (City is { } c)
        {
            selected = selected.Where(p => p.City == c);
        }

        if (Category is { } k)
        {
            selected = selected.Where(p => p.Category == k);
        }

        Total = await selected.CountAsync(cancellationToken);
        var pageCount = Paging.PageCountOf(Total, PageSize);
        var current = Paging.Clamp(pageNumber, pageCount);
        Paging = new Paging(current, pageCount, PageUrl);
        Publications = await (Sort == OldestFirst ? selected.OldestFirst() : selected.NewestFirst())
            .Skip((current - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync(cancellationToken);

        Selection = string.Join(" · ", new[]
        {
            Year is { } shownYear ? $"{shownYear}年度" : null,
            BureauId is { } id ? Bureaus.FirstOrDefault(x => x.Id == id).Name : null,
            City,
            Category,
        }.Where(s => !string.IsNullOrEmpty(s)));
    }

    /// <summary>The address of a page of this list with the same filters.</summary>
    public string PageUrl(int page)
    {
        var query = QueryString.Empty;
        Add("year", Year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("bureau", BureauId?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("city", City);
        Add("category", Category);
        Add("sort", Sort);
        Add("page", page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        return PublicUrls.List + query;

        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query = query.Add(name, value);
            }
        }
    }

    /// <summary>The choices offered are those that have published reports, so no filter leads to an empty list.</summary>
    private async Task LoadChoicesAsync(IQueryable<PublicationListing> all, CancellationToken cancellationToken)
    {
        Years = await db.Listed().CountByYearAsync(cancellationToken);
        Bureaus = (await all.Select(p => new { p.BureauId, p.BureauName }).Distinct().ToListAsync(cancellationToken))
            .Select(b => (b.BureauId, b.BureauName))
            .OrderBy(b => b.BureauName, PublicRecord.NameOrder)
            .ToList();
        Cities = await Distinct(all.Select(p => p.City), cancellationToken);
        Categories = await Distinct(all.Select(p => p.Category), cancellationToken);
    }

    private static async Task<IReadOnlyList<string>> Distinct(IQueryable<string> values, CancellationToken cancellationToken) =>
        (await values.Where(v => v != "").Distinct().ToListAsync(cancellationToken)).Order(PublicRecord.NameOrder).ToList();
}
