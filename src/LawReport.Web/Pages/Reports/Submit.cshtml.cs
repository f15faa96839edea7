using FluentValidation;
using LawReport.Domain.Common;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Data;
using LawReport.Web.Authorization;
using LawReport.Web.Pages.Reports.Editing;
using LawReport.Web.PageSupport;
using LawReport.Web.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.Reports;

/// <summary>
/// 提交签发: the completeness check, each finding linking to where it is fixed, then the filer hands the
/// report to the bureau's head (Draft/Returned → AwaitingSignOff), which locks its content.
/// </summary>
public sealed class SubmitModel(
    AppDbContext db,
    IAuthorizationService authorization,
    IValidator<SubmitModel.InputModel> validator,
    TimeProvider time) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public FilingHeader Header { get; private set; } = null!;

    public string? LockedMessage { get; private set; }

    public IReadOnlyList<CompletenessFinding> Findings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var opened = await db.OpenForFilingAsync(authorization, User, Id);
        if (opened.IsRefused)
        {
            return opened.Refusal(this);
        }

        await DescribeAsync(opened.Report, AccessOf(opened));
        Input = new InputModel { Version = opened.Report.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var opened = await db.OpenForFilingAsync(authorization, User, Id);
        if (opened.IsRefused)
        {
            return opened.Refusal(this);
        }

        var report = opened.Report;
        var access = AccessOf(opened);
        if (access == EditAccess.Locked)
        {
            return await RefuseAsync(report, access, StatusCodes.Status409Conflict);
        }

        if (Input.Version != report.Version)
        {
            ModelState.AddModelError(string.Empty, "报告在您检查之后又被修改过。请确认下面的最新检查结果，再提交签发。");
            return await RefuseAsync(report, access, StatusCodes.Status409Conflict);
        }

        if (!await validator.ValidateIntoAsync(Input, ModelState))
        {
            return await RefuseAsync(report, access, StatusCodes.Status200OK);
        }

        try
        {
            report.SubmitForSignOff(User.ToActor(), time.GetUtcNow(), Input.Comment ?? "");
            await db.SaveChangesAsync();
        }
        catch (IncompleteReportException)
        {
            ModelState.AddModelError(string.Empty, "报告还不完整，不能提交签发。请先完善下列各处。");
            return await RefuseAsync(report, access, StatusCodes.Status422UnprocessableEntity);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, "报告刚刚被他人修改，没有提交。请确认下面的最新检查结果后再提交签发。");
            return await RefuseAsync(await db.Reports.ForFiling().FirstOrDefaultAsync(r => r.Id == Id) ?? report, access, StatusCodes.Status409Conflict);
        }

        TempData.SetStatus("报告已提交单位负责人签发。签发或退回之前，内容已锁定，不能修改。");
        return RedirectToPage("Details", new { id = Id });
    }

    private static EditAccess AccessOf(SaveAttempt opened) => opened.Outcome == SaveOutcome.Locked ? EditAccess.Locked : EditAccess.Allowed;

    private async Task<IActionResult> RefuseAsync(AnnualReport report, EditAccess access, int statusCode)
    {
        await DescribeAsync(report, report.IsEditable ? access : EditAccess.Locked);
        Input = Input with { Version = report.Version };
        Response.StatusCode = statusCode;
        return Page();
    }

    private async Task DescribeAsync(AnnualReport report, EditAccess access)
    {
        Header = FilingHeader.For(report, await db.BureauNameAsync(report.BureauId), FilingHeader.Submit);
        LockedMessage = access == EditAccess.Locked ? ReportEditing.LockedMessage(report.Status) : null;
        Findings = access == EditAccess.Allowed ? ReportCompleteness.Check(report) : [];
    }

    public sealed record InputModel
    {
        public Guid Version { get; set; }

        /// <summary>A word to the bureau's head, recorded in the history.</summary>
        public string? Comment { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator() =>
            RuleFor(x => x.Comment).BlockOfAtMost(AnnualReportLimits.ReasonMaxLength, "说明");
    }
}
