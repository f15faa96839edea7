using LawReport.Domain.Reports;
using LawReport.Domain.Users;
using LawReport.Infrastructure.Data;
using LawReport.Web.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.Reports;

/// <summary>
/// The reports a user may see: their own bureau's for filers and heads, the ones handed to the city
/// for reviewers. The filter is in the query, never applied after loading.
/// </summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    private static readonly ReportStatus[] SeenByReviewers =
        [ReportStatus.Submitted, ReportStatus.InReview, ReportStatus.Returned, ReportStatus.Approved, ReportStatus.Published, ReportStatus.Withdrawn];

    public IReadOnlyList<Row> Reports { get; private set; } = [];

    public string Caption { get; private set; } = "";

    public async Task OnGetAsync()
    {
        var reports = db.Reports.AsNoTracking();
        var bureauId = User.GetBureauId();
        var ownBureau = bureauId is not null && (User.IsInRole(Roles.Filer) || User.IsInRole(Roles.BureauLead));
        var reviewer = User.IsInRole(Roles.Reviewer);
        reports = (ownBureau, reviewer) switch
        {
            (true, true) => reports.Where(r => r.BureauId == bureauId || SeenByReviewers.Contains(r.Status)),
            (true, false) => reports.Where(r => r.BureauId == bureauId),
            (false, true) => reports.Where(r => SeenByReviewers.Contains(r.Status)),
            _ => reports.Where(r => false),
        };
        Caption = reviewer ? "已报送市里的报告" : "本单位的报告";

        Reports = await (from r in reports
                         join b in db.Bureaus on r.BureauId equals b.Id
                         orderby r.Year descending, b.FullName
                         select new Row(r.Id, r.Year, b.FullName, r.Title, r.Status, r.UpdatedAt))
            .ToListAsync();
    }

    public sealed record Row(int Id, int Year, string Bureau, string Title, ReportStatus Status, DateTimeOffset UpdatedAt);
}
