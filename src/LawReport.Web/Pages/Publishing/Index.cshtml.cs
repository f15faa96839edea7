using LawReport.Domain.Reports;
using LawReport.Domain.Users;
using LawReport.Infrastructure.Data;
using LawReport.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.Publishing;

/// <summary>
/// Approved and published reports: a bureau head sees their bureau's, a reviewer every bureau's. Who
/// may publish (Workflow:PublishedBy) is decided per report; the others read.
/// </summary>
public sealed class IndexModel(AppDbContext db, IAuthorizationService authorization) : PageModel
{
    private static readonly ReportStatus[] Publishable = [ReportStatus.Approved, ReportStatus.Published, ReportStatus.Withdrawn];

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        // The reports the user may read (ReportAccess, as on the report page) that are at the publishing stage.
        var reports = db.Reports.AsNoTracking()
            .Where(ReportAccess.Filter(User.ToReportActor(), ReportOperation.View))
            .Where(r => Publishable.Contains(r.Status));

        var found = await (from r in reports
                           join b in db.Bureaus on r.BureauId equals b.Id
                           orderby r.Status, r.Year descending, b.FullName
                           select new { r.Id, r.BureauId, r.Year, Bureau = b.FullName, r.Title, r.Status })
            .ToListAsync();
        var rows = new List<Row>();
        foreach (var r in found)
        {
            var mayPublish = (await authorization.AuthorizeAsync(User, new ReportAccessTarget(r.BureauId, r.Status), ReportRequirement.Publish)).Succeeded;
            rows.Add(new Row(r.Id, r.Year, r.Bureau, r.Title, r.Status, mayPublish));
        }

        Rows = rows;
    }

    public sealed record Row(int Id, int Year, string Bureau, string Title, ReportStatus Status, bool MayPublish);
}
