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

/// <summary>One report, read-only, in its official structure, with its history and the reviewers' points.</summary>
public sealed class DetailsModel(AppDbContext db, IAuthorizationService authorization) : PageModel
{
    public int Id { get; private set; }

    /// <summary>What the user may do from here: the filing pages' links follow the same access decision as the pages.</summary>
    public EditAccess Access { get; private set; }

    public IReadOnlyList<ReturnPoint> ReturnPoints { get; private set; } = [];

    public ReportDocument Document { get; private set; } = new();

    public string Bureau { get; private set; } = "";

    public int Year { get; private set; }

    public ReportStatus Status { get; private set; }

    public IReadOnlyList<StatusChange> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var opened = await this.OpenToReadAsync(authorization, db.Reports.ForReading(), id);
        if (opened.Refused)
        {
            return opened.Refusal;
        }

        var report = opened.Report;
        var access = await authorization.EditAccessAsync(User, report);
        Bureau = await db.BureauNameAsync(report.BureauId);
        Id = report.Id;
        Access = access;
        ReturnPoints = report.ReturnPoints;
        Year = report.Year;
        Status = report.Status;
        History = report.History;
        Document = ReportDocument.FromContent(report.Content, Bureau, report.Year);
        return Page();
    }
}
