namespace LawReport.Web.Pages.Public;

/// <summary>Which page of a list is shown, and the address of any other page (filters kept).</summary>
public sealed record Paging(int Page, int PageCount, Func<int, string> UrlFor)
{
    public static int PageCountOf(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);

    /// <summary>A page number from the address: anything missing, negative or too large lands on a real page.</summary>
    public static int Clamp(int? page, int pageCount) => Math.Clamp(page ?? 1, 1, pageCount);
}
