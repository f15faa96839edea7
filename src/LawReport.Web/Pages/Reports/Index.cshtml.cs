using LawReport.Domain.Reports;
using LawReport.Domain.Users;
using LawReport.Infrastructure.Data;
using LawReport.Web.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.Reports;

/// <summary>
/// The reports a user may see: their own bureau's for filers and heads, the ones handed to the city
/// for reviewers. The filter is in the query (<see cref="ReportAccess.Filter"/>), never applied after loading.
/// </summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<Row> Reports { get; private set; } = [];

    public string Caption { get; private set; } = "";

    public async Task OnGetAsync()
    {
        // The same rule as the report pages (ReportAccess), as a query: a row here always opens.
        var actor = User.ToReportActor();
        var reports = db.Reports.AsNoTracking().Where(ReportAccess.Filter(actor, ReportOperation.View));
        Caption = actor.Has(Roles.Reviewer) ? "已报送市里的报告" : "本单位的报告";

        Reports = await (from r in reports
                         join b in db.Bureaus on r.BureauId equals b.Id
                         orderby r.Year descending, b.FullName
                         select new Row(r.Id, r.Year, b.FullName, r.Title, r.Status, r.UpdatedAt))
            .ToListAsync();
    }

    public sealed record Row(int Id, int Year, string Bureau, string Title, ReportStatus Status, DateTimeOffset UpdatedAt);
}
