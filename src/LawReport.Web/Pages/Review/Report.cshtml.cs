using FluentValidation;
using LawReport.Documents.Layout;
using LawReport.Documents.Pdf;
using LawReport.Domain.Common;
using LawReport.Domain.Cycles;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Data;
using LawReport.Web.Authorization;
using LawReport.Web.PageSupport;
using LawReport.Web.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.Review;

/// <summary>
/// The review of one report: the latest revision section by section, compared with the revision the
/// city returned last time, each section with its return points (the reviewer's comments and the
/// bureau's answers). The reviewer takes the report up, comments on sections, closes or keeps points
/// open, and returns the report (退回修改, with an overall reason) or approves it (审核通过; with open
/// points only after confirming, which the history records).
/// </summary>
public sealed class ReportModel(
    AppDbContext db,
    IAuthorizationService authorization,
    IReportRenderer renderer,
    IValidator<ReportModel.PointInput> pointValidator,
    IValidator<ReportModel.ReturnInput> returnValidator,
    IValidator<ReportModel.ApproveInput> approveValidator,
    TimeProvider time) : PageModel
{
    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public PointInput Point { get; set; } = new();

    [BindProperty]
    public ReturnInput Return { get; set; } = new();

    [BindProperty]
    public ApproveInput Approve { get; set; } = new();

    public int Id { get; private set; }

    public string Bureau { get; private set; } = "";

    public int Year { get; private set; }

    public string Title { get; private set; } = "";

    public ReportStatus Status { get; private set; }

    /// <summary>The reviewer may act (the report is submitted or in review).</summary>
    public bool CanReview { get; private set; }

    public ReportRevision? Revision { get; private set; }

    /// <summary>The number of the revision the latest one is compared with; null for a first submission.</summary>
    public int? ComparedWith { get; private set; }

    public ReportComparison? Comparison { get; private set; }

    public IReadOnlyList<ReturnPoint> Points { get; private set; } = [];

    public IReadOnlyList<StatusChange> History { get; private set; } = [];

    public Punctuality? Submission { get; private set; }

    public DateTimeOffset? FirstSubmittedAt { get; private set; }

    public int OpenPoints => Points.Count(p => p.IsOpen);

    /// <summary>The points attached to a section position; points on positions the revision no longer has go with the last section.</summary>
    public IEnumerable<ReturnPoint> PointsOn(int position) =>
        Points.Where(p => p.SectionPosition == position
            || (position == Comparison?.Sections.Count && p.SectionPosition > position));

    public Task<IActionResult> OnGetAsync(int id) => ShowAsync(id);

    public async Task<IActionResult> OnGetPdfAsync(int id)
    {
        var opened = await this.OpenToReadAsync(authorization, db.Reports.Include(r => r.Revisions), id);
        if (opened.Refused)
        {
            return opened.Refusal;
        }

        var report = opened.Report;
        return report.LatestRevision is { } revision
            ? DraftPdf.Render(renderer, revision.Content, await db.BureauNameAsync(report.BureauId), report.Year, DraftWatermark.ForReview, revision.SubmittedAt)
            : NotFound();
    }

    public async Task<IActionResult> OnPostStartAsync(int id)
    {
        var opened = await this.OpenToChangeAsync(db, authorization, id, ReportRequirement.Review, Version);
        if (opened.Refused)
        {
            return opened.Refusal;
        }

        if (opened.MovedOn is { } movedOn)
        {
            return await ShowAsync(id, movedOn);
        }

        try
        {
            opened.Report.StartReview(User.ToActor(), time.GetUtcNow());
            await db.SaveChangesAsync();
        }
        catch (Exception e) when (ReportPages.RefusalOf(e) is { } refusal)
        {
            return await ShowAsync(id, refusal);
        }

        TempData.SetStatus("已开始审核。");
        return RedirectToPage("Report", new { id });
    }

    public async Task<IActionResult> OnPostAddPointAsync(int id)
    {
        var opened = await this.OpenToChangeAsync(db, authorization, id, ReportRequirement.Review, Version);
        if (opened.Refused)
        {
            return opened.Refusal;
        }

        if (opened.MovedOn is { } movedOn)
        {
            return await ShowAsync(id, movedOn);
        }

        if (!await pointValidator.ValidateIntoAsync(Point, ModelState, nameof(Point)))
        {
            return await ShowAsync(id);
        }

        try
        {
            opened.Report.RaiseReturnPoint(Point.Section, Point.Text ?? "", User.ToActor(), time.GetUtcNow());
            await db.SaveChangesAsync();
        }
        catch (Exception e) when (ReportPages.RefusalOf(e) is { } refusal)
        {
            return await ShowAsync(id, refusal);
        }

        TempData.SetStatus("退回意见已添加。");
        return RedirectToPage("Report", null, new { id }, $"section-{Point.Section}");
    }

    public async Task<IActionResult> OnPostDeletePointAsync(int id, int number)
    {
        var opened = await this.OpenToChangeAsync(db, authorization, id, ReportRequirement.Review, Version);
        if (opened.Refused)
        {
            return opened.Refusal;
        }

        if (opened.MovedOn is { } movedOn)
        {
            return await ShowAsync(id, movedOn);
        }

        try
        {
            opened.Report.DeleteReturnPoint(number, time.GetUtcNow());
            await db.SaveChangesAsync();
        }
        catch (Exception e) when (ReportPages.RefusalOf(e) is { } refusal)
        {
            return await ShowAsync(id, refusal);
        }

        TempData.SetStatus($"第{number}条退回意见已删除。");
        return RedirectToPage("Report", null, new { id }, "points");
    }

    public async Task<IActionResult> OnPostClosePointAsync(int id, int number)
    {
        var opened = await this.OpenToChangeAsync(db, authorization, id, ReportRequirement.Review, Version);
        if (opened.Refused)
        {
            return opened.Refusal;
        }

        if (opened.MovedOn is { } movedOn)
        {
            return await ShowAsync(id, movedOn);
        }

        try
        {
            opened.Report.CloseReturnPoint(number, User.ToActor(), time.GetUtcNow());
            await db.SaveChangesAsync();
        }
        catch (Exception e) when (ReportPages.RefusalOf(e) is { } refusal)
        {
            return await ShowAsync(id, refusal);
        }

        TempData.SetStatus($"第{number}条退回意见已关闭。");
        return RedirectToPage("Report", null, new { id }, "points");
    }

    public async Task<IActionResult> OnPostReopenPointAsync(int id, int number)
    {
        var opened = await this.OpenToChangeAsync(db, authorization, id, ReportRequirement.Review, Version);
        if (opened.Refused)
        {
            return opened.Refusal;
        }

        if (opened.MovedOn is { } movedOn)
        {
            return await ShowAsync(id, movedOn);
        }

        try
        {
            opened.Report.ReopenReturnPoint(number, time.GetUtcNow());
            await db.SaveChangesAsync();
        }
        catch (Exception e) when (ReportPages.RefusalOf(e) is { } refusal)
        {
            return await ShowAsync(id, refusal);
        }

        TempData.SetStatus($"第{number}条退回意见已重新打开。");
        return RedirectToPage("Report", null, new { id }, "points");
    }

    public async Task<IActionResult> OnPostReturnAsync(int id)
    {
        var opened = await this.OpenToChangeAsync(db, authorization, id, ReportRequirement.Review, Version);
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
            opened.Report.Return(User.ToActor(), Return.Reason ?? "", time.GetUtcNow());
            await db.SaveChangesAsync();
        }
        catch (Exception e) when (ReportPages.RefusalOf(e) is { } refusal)
        {
            return await ShowAsync(id, refusal);
        }

        TempData.SetStatus("报告已退回修改，退回意见已发送给报送单位。");
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostApproveAsync(int id)
    {
        var opened = await this.OpenToChangeAsync(db, authorization, id, ReportRequirement.Review, Version);
        if (opened.Refused)
        {
            return opened.Refusal;
        }

        if (opened.MovedOn is { } movedOn)
        {
            return await ShowAsync(id, movedOn);
        }

        if (!await approveValidator.ValidateIntoAsync(Approve, ModelState, nameof(Approve)))
        {
            return await ShowAsync(id);
        }

        try
        {
            opened.Report.Approve(User.ToActor(), time.GetUtcNow(), Approve.Comment ?? "", Approve.ConfirmOpenPoints);
            await db.SaveChangesAsync();
        }
        catch (Exception e) when (ReportPages.RefusalOf(e) is { } refusal)
        {
            return await ShowAsync(id, refusal);
        }

        TempData.SetStatus("报告已审核通过。");
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
        Title = report.Title;
        Status = report.Status;
        Version = report.Version;
        CanReview = (await authorization.AuthorizeAsync(User, report, ReportRequirement.Review)).Succeeded;
        Revision = report.LatestRevision;
        ComparedWith = report.Revisions.Count > 1 ? report.Revisions[^2].Number : null;
        Comparison = RevisionComparison.ForLatest(report);
        Points = report.ReturnPoints;
        History = report.History;
        if (report.Revisions.Count > 0)
        {
            FirstSubmittedAt = report.Revisions[0].SubmittedAt;
            var cycle = await db.ReportingCycles.AsNoTracking().FirstOrDefaultAsync(c => c.Year == report.Year);
            Submission = cycle?.Submission(FirstSubmittedAt.Value.ChinaDate(), time.ChinaToday());
        }

        return Page();
    }

    public sealed record PointInput
    {
        /// <summary>The section's position in the revision under review (一、 is 1).</summary>
        public int Section { get; set; }

        public string? Text { get; set; }
    }

    public sealed record ReturnInput
    {
        public string? Reason { get; set; }
    }

    public sealed record ApproveInput
    {
        public string? Comment { get; set; }

        /// <summary>The reviewer confirms approving while return points are still open.</summary>
        public bool ConfirmOpenPoints { get; set; }
    }

    public sealed class PointInputValidator : AbstractValidator<PointInput>
    {
        public PointInputValidator() =>
            RuleFor(x => x.Text)
                .NotEmpty().WithMessage("请填写退回意见。")
                .MaximumLength(ReturnPoint.TextMaxLength).WithMessage($"退回意见不能超过{ReturnPoint.TextMaxLength}个字符。");
    }

    public sealed class ReturnInputValidator : AbstractValidator<ReturnInput>
    {
        public ReturnInputValidator() =>
            RuleFor(x => x.Reason)
                .NotEmpty().WithMessage("退回修改须填写总体意见。")
                .MaximumLength(AnnualReportLimits.ReasonMaxLength).WithMessage($"总体意见不能超过{AnnualReportLimits.ReasonMaxLength}个字符。");
    }

    public sealed class ApproveInputValidator : AbstractValidator<ApproveInput>
    {
        public ApproveInputValidator() =>
            RuleFor(x => x.Comment).MaximumLength(AnnualReportLimits.ReasonMaxLength)
                .WithMessage($"审核意见不能超过{AnnualReportLimits.ReasonMaxLength}个字符。");
    }
}
