using FluentValidation;
using LawReport.Documents.Layout;
using LawReport.Documents.Model;
using LawReport.Documents.Pdf;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Data;
using LawReport.Web.Authorization;
using LawReport.Web.PageSupport;
using LawReport.Web.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.SignOff;

/// <summary>
/// The head reads the report (HTML, and the PDF as it will look) and either signs it off (签发), which
/// submits it to the city and freezes a revision, or returns it to the filer with a reason.
/// </summary>
public sealed class ReportModel(
    AppDbContext db,
    IAuthorizationService authorization,
    IReportRenderer renderer,
    IValidator<ReportModel.SignOffInput> signOffValidator,
    IValidator<ReportModel.ReturnInput> returnValidator,
    TimeProvider time) : PageModel
{
    /// <summary>The report's concurrency token as the head read it.</summary>
    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public SignOffInput SignOff { get; set; } = new();

    [BindProperty]
    public ReturnInput Return { get; set; } = new();

    public int Id { get; private set; }

    public ReportDocument Document { get; private set; } = new();

    public string Bureau { get; private set; } = "";

    public int Year { get; private set; }

    public ReportStatus Status { get; private set; }

    public bool CanSignOff { get; private set; }

    /// <summary>The revisions already submitted: more than none means this is a resubmission.</summary>
    public int SubmittedRevisions { get; private set; }

    /// <summary>The city's return points with the bureau's answers, for a resubmission.</summary>
    public IReadOnlyList<ReturnPoint> ReturnPoints { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(int id) => ShowAsync(id);

    public async Task<IActionResult> OnGetPdfAsync(int id)
    {
        var opened = await this.OpenToReadAsync(authorization, db.Reports.WithContent(), id);
        if (opened.Refused)
        {
            return opened.Refusal;
        }

        var report = opened.Report;
        return DraftPdf.Render(renderer, report.Content, await db.BureauNameAsync(report.BureauId), report.Year, DraftWatermark.Draft, time.GetUtcNow());
    }

    public async Task<IActionResult> OnPostSignOffAsync(int id)
    {
        var opened = await this.OpenToChangeAsync(db, authorization, id, ReportRequirement.SignOff, Version);
        if (opened.Refused)
        {
            return opened.Refusal;
        }

        if (opened.MovedOn is { } movedOn)
        {
            return await ShowAsync(id, movedOn);
        }

        if (!await signOffValidator.ValidateIntoAsync(SignOff, ModelState, nameof(SignOff)))
        {
            return await ShowAsync(id);
        }

        try
        {
            opened.Report.SignOff(User.ToActor(), time.GetUtcNow(), SignOff.Comment ?? "");
            await db.SaveChangesAsync();
        }
        catch (Exception e) when (ReportPages.RefusalOf(e) is { } refusal)
        {
            return await ShowAsync(id, refusal);
        }

        TempData.SetStatus("已签发，报告已报送依法治市办。");
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostReturnAsync(int id)
    {
        var opened = await this.OpenToChangeAsync(db, authorization, id, ReportRequirement.SignOff, Version);
        if (opened.Refused)
        {
            return opened.Refusal;
        }

        if (opened.MovedOn is { } movedOn)
        {
            return await ShowAsync(id, movedOn);
        }

        if (!await returnValidator.ValidateIntoAsync(Return, ModelState, nameof(Return)))
        {
            return await ShowAsync(id);
        }

        try
        {
            opened.Report.ReturnToFiler(User.ToActor(), Return.Reason ?? "", time.GetUtcNow());
            await db.SaveChangesAsync();
        }
        catch (Exception e) when (ReportPages.RefusalOf(e) is { } refusal)
        {
            return await ShowAsync(id, refusal);
        }

        TempData.SetStatus("报告已退回填报人修改。");
        return RedirectToPage("Index");
    }

    /// <summary>The page as the report now stands, with <paramref name="refusal"/> on the form when an action did not go through.</summary>
    private async Task<IActionResult> ShowAsync(int id, string? refusal = null)
    {
        var opened = await this.OpenToShowAsync(db, authorization, db.Reports.Whole(), id, refusal);
        if (opened.Refused)
        {
            return opened.Refusal;
        }

        var report = opened.Report;
        Id = report.Id;
        Bureau = await db.BureauNameAsync(report.BureauId);
        Year = report.Year;
        Status = report.Status;
        Version = report.Version;
        CanSignOff = (await authorization.AuthorizeAsync(User, report, ReportRequirement.SignOff)).Succeeded;
        SubmittedRevisions = report.Revisions.Count;
        ReturnPoints = report.ReturnPoints;
        Document = ReportDocument.FromContent(report.Content, Bureau, report.Year);
        return Page();
    }

    public sealed record SignOffInput
    {
        /// <summary>签发意见, optional; recorded in the history.</summary>
        public string? Comment { get; set; }
    }

    public sealed record ReturnInput
    {
        public string? Reason { get; set; }
    }

    public sealed class SignOffInputValidator : AbstractValidator<SignOffInput>
    {
        public SignOffInputValidator() =>
            RuleFor(x => x.Comment).MaximumLength(AnnualReportLimits.ReasonMaxLength)
                .WithMessage($"签发意见不能超过{AnnualReportLimits.ReasonMaxLength}个字符。");
    }

    public sealed class ReturnInputValidator : AbstractValidator<ReturnInput>
    {
        public ReturnInputValidator() =>
            RuleFor(x => x.Reason)
                .NotEmpty().WithMessage("请填写退回理由，告诉填报人需要修改什么。")
                .MaximumLength(AnnualReportLimits.ReasonMaxLength).WithMessage($"退回理由不能超过{AnnualReportLimits.ReasonMaxLength}个字符。");
    }
}
