using LawReport.Documents.Layout;
using LawReport.Documents.Model;
using LawReport.Documents.Pdf;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Data;
using LawReport.Web.Authorization;
using LawReport.Web.Pages.Reports.Editing;
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
        var (report, _, refusal) = await this.OpenForReadingAsync(db, authorization, id);
        if (refusal is not null)
        {
            return refusal;
        }

        var bureau = await db.BureauNameAsync(report!.BureauId);
        var watermark = report.Status.IsWithCity() ? DraftWatermark.ForReview : DraftWatermark.Draft;
        var rendered = renderer.Render(
            ReportDocument.FromContent(report.Content, bureau, report.Year),
            new RenderOptions { CreationDate = time.GetUtcNow(), Watermark = watermark });
        return File(rendered.Bytes, rendered.ContentType, $"{report.Title}（{DraftWatermarkText.Of(watermark)}）.pdf");
    }
}
