using LawReport.Infrastructure.Data;
using LawReport.Web.Authorization;
using LawReport.Web.Pages.Public;
using LawReport.Web.PageSupport;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages;

/// <summary>
/// The front door, for the public first: search, the latest published reports, browsing by year and the
/// timeliness board; for staff, the sign-in link or, once signed in, their work.
/// </summary>
public sealed class IndexModel(IAuthorizationService authorization, AppDbContext db) : PageModel
{
    public const int Latest = 8;

    public IReadOnlyList<(string Text, string Url)> Links { get; private set; } = [];

    public IReadOnlyList<PublicationListing> LatestPublications { get; private set; } = [];

    public IReadOnlyList<(int Year, int Count)> Years { get; private set; } = [];

    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Links = [.. await authorization.VisibleToAsync(User), ("修改密码", "/Account/ChangePassword")];
        LatestPublications = await db.Listings(db.Listed()).NewestFirst().Take(Latest).ToListAsync(cancellationToken);
        Years = await db.Listed().CountByYearAsync(cancellationToken);
        Total = Years.Sum(y => y.Count);
    }
}
