using LawReport.Documents.Layout;
using LawReport.Documents.Pdf;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Data;
using LawReport.Web.Authorization;
using LawReport.Web.Pages.Reports.Editing;
using LawReport.Web.PageSupport;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LawReport.Web.Pages.Reports;

/// <summary>
/// The report as it stands, typeset as the official PDF with a watermark: 草稿 while the bureau holds it,
/// 送审稿 once it went to the city. (A published report's official file is the one frozen at publication.)
/// </summary>
public sealed class PdfModel(AppDbContext db, IAuthorizationService authorization, IReportRenderer renderer, TimeProvider time) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id)
    {
        var opened = await this.OpenToReadAsync(authorization, db.Reports.ForReading(), id);
        if (opened.Refused)
        {
            return opened.Refusal;
        }

        var report = opened.Report;
        var watermark = report.Status.IsWithCity() ? DraftWatermark.ForReview : DraftWatermark.Draft;
        return DraftPdf.Render(renderer, report.Content, await db.BureauNameAsync(report.BureauId), report.Year, watermark, time.GetUtcNow());
    }
}
