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

    public Task<IActionResult> OnGetPdfAsync(int id) =>
        this.ShowReportAsync(authorization, db.Reports.Include(r => r.Revisions), id, async report =>
            report.LatestRevision is { } revision
                ? DraftPdf.Render(renderer, revision.Content, await db.BureauNameAsync(report.BureauId), report.Year, DraftWatermark.ForReview, revision.SubmittedAt)
                : NotFound());

    public Task<IActionResult> OnPostStartAsync(int id) =>
        ChangeAsync(id, Valid, report => report.StartReview(User.ToActor(), time.GetUtcNow()), "已开始审核。");

    public Task<IActionResult> OnPostAddPointAsync(int id) =>
        ChangeAsync(id, () => pointValidator.ValidateIntoAsync(Point, ModelState, nameof(Point)),
            report => report.RaiseReturnPoint(Point.Section, Point.Text ?? "", User.ToActor(), time.GetUtcNow()),
            "退回意见已添加。", $"section-{Point.Section}");

    public Task<IActionResult> OnPostDeletePointAsync(int id, int number) =>
        ChangeAsync(id, Valid, report => report.DeleteReturnPoint(number, time.GetUtcNow()), $"第{number}条退回意见已删除。", "points");

    public Task<IActionResult> OnPostClosePointAsync(int id, int number) =>
        ChangeAsync(id, Valid, report => report.CloseReturnPoint(number, User.ToActor(), time.GetUtcNow()), $"第{number}条退回意见已关闭。", "points");

    public Task<IActionResult> OnPostReopenPointAsync(int id, int number) =>
        ChangeAsync(id, Valid, report => report.ReopenReturnPoint(number, time.GetUtcNow()), $"第{number}条退回意见已重新打开。", "points");

    public Task<IActionResult> OnPostReturnAsync(int id) =>
        this.ChangeReportAsync(db, authorization, id, ReportRequirement.Review, Version,
            () => returnValidator.ValidateIntoAsync(Return, ModelState, nameof(Return)),
            report => report.Return(User.ToActor(), Return.Reason ?? "", time.GetUtcNow()),
            () => ToQueue("报告已退回修改，退回意见已发送给报送单位。"),
            () => ShowAsync(id));

    public Task<IActionResult> OnPostApproveAsync(int id) =>
        this.ChangeReportAsync(db, authorization, id, ReportRequirement.Review, Version,
            () => approveValidator.ValidateIntoAsync(Approve, ModelState, nameof(Approve)),
            report => report.Approve(User.ToActor(), time.GetUtcNow(), Approve.Comment ?? "", Approve.ConfirmOpenPoints),
            () => ToQueue("报告已审核通过。"),
            () => ShowAsync(id));

    private static Task<bool> Valid() => Task.FromResult(true);

    /// <summary>A change that keeps the reviewer on the page, at the part they worked on.</summary>
    private Task<IActionResult> ChangeAsync(int id, Func<Task<bool>> validate, Action<AnnualReport> change, string status, string? fragment = null) =>
        this.ChangeReportAsync(db, authorization, id, ReportRequirement.Review, Version, validate, change,
            () =>
            {
                TempData["Status"] = status;
                return RedirectToPage("Report", null, new { id }, fragment);
            },
            () => ShowAsync(id));

    private RedirectToPageResult ToQueue(string status)
    {
        TempData["Status"] = status;
        return RedirectToPage("Index");
    }

    private Task<IActionResult> ShowAsync(int id) =>
        this.ShowReportAsync(authorization, db.Reports.Whole(), id, async report =>
        {
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
        });

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
