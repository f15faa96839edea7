using LawReport.Documents.Model;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Data;
using LawReport.Web.Authorization;
using LawReport.Web.Pages.Reports.Editing;
using LawReport.Web.PageSupport;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LawReport.Web.Pages.Reports;

/// <summary>The report as it stands, in its official structure, with a link to the PDF (with the draft watermark).</summary>
public sealed class PreviewModel(AppDbContext db, IAuthorizationService authorization) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public ReportDocument Document { get; private set; } = new();

    /// <summary>The filing navigation, for the bureau's filers; null for readers who do not file (head, reviewer).</summary>
    public FilingHeader? Header { get; private set; }

    public int Year { get; private set; }

    public string Bureau { get; private set; } = "";

    public IReadOnlyList<CompletenessFinding> Findings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var opened = await this.OpenToReadAsync(authorization, db.Reports.ForReading(), Id);
        if (opened.Refused)
        {
            return opened.Refusal;
        }

        var report = opened.Report;
        var access = await authorization.EditAccessAsync(User, report);
        Bureau = await db.BureauNameAsync(report.BureauId);
        Year = report.Year;
        Document = ReportDocument.FromContent(report.Content, Bureau, report.Year);
        if (access != EditAccess.Forbidden)
        {
            Header = FilingHeader.For(report, Bureau, FilingHeader.Preview);
            Findings = report.IsEditable ? ReportCompleteness.Check(report) : [];
        }

        return Page();
    }
}
