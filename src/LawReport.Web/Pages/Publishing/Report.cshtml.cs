using FluentValidation;
using LawReport.Domain.Common;
using LawReport.Domain.Publishing;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Data;
using LawReport.Infrastructure.Publishing;
using LawReport.Web.Authorization;
using LawReport.Web.PageSupport;
using LawReport.Web.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LawReport.Web.Pages.Publishing;

/// <summary>
/// Publishing one report and managing its published versions: publish (the publisher does it all in one
/// transaction), withdraw the current version (撤回, with a reason; the record stays), or start a
/// correction (更正: the report goes back to draft, and its next publication replaces this version,
/// which is then marked 已更正).
/// </summary>
public sealed class ReportModel(
    AppDbContext db,
    IAuthorizationService authorization,
    ReportPublisher publisher,
    IOptions<PublishingOptions> publishing,
    IValidator<ReportModel.PublishInput> publishValidator,
    IValidator<ReportModel.ReasonInput> reasonValidator,
    TimeProvider time) : PageModel
{
    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public PublishInput Publish { get; set; } = new();

    [BindProperty]
    public ReasonInput Withdrawal { get; set; } = new();

    [BindProperty]
    public ReasonInput Correction { get; set; } = new();

    public int Id { get; private set; }

    public string Title { get; private set; } = "";

    public string Bureau { get; private set; } = "";

    public string OrganizationCode { get; private set; } = "";

    public int Year { get; private set; }

    public ReportStatus Status { get; private set; }

    public bool MayPublish { get; private set; }

    public string Category => publishing.Value.Category;

    public string IndexNumberPattern => publishing.Value.IndexNumberPattern;

    public DateOnly Today { get; private set; }

    /// <summary>Every published version, newest first.</summary>
    public IReadOnlyList<VersionRow> Versions { get; private set; } = [];

    public VersionRow? Current => Versions.FirstOrDefault(v => v.State == PublicationState.Current);

    public Task<IActionResult> OnGetAsync(int id) => ShowAsync(id);

    /// <summary>A published version's PDF, exactly as stored.</summary>
    public async Task<IActionResult> OnGetFileAsync(int id, int version)
    {
        var opened = await this.OpenToReadAsync(authorization, db.Reports, id);
        if (opened.Refused)
        {
            return opened.Refusal;
        }

        return await db.Publications.AsNoTracking().Include(p => p.File).FirstOrDefaultAsync(p => p.ReportId == id && p.Version == version) is { File: { } file } publication
            ? File(file.Bytes, "application/pdf", $"{publication.Title}（第{publication.Version}版）.pdf")
            : NotFound();
    }

    public async Task<IActionResult> OnPostPublishAsync(int id)
    {
        var report = await db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id);
        if (report is null)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, report, ReportRequirement.Publish)).Succeeded)
        {
            return Forbid();
        }

        if (!await publishValidator.ValidateIntoAsync(Publish, ModelState, nameof(Publish)))
        {
            return await ShowAsync(id);
        }

        try
        {
            var publication = await publisher.PublishAsync(
                id, Version, new PublicationRequest(Publish.Summary ?? "", Publish.DocumentNumber ?? ""), User.ToActor(), HttpContext.RequestAborted);
            TempData.SetStatus($"已公开发布，索引号 {publication.IndexNumber}。");
            return RedirectToPage("Report", new { id });
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return await ShowAsync(id);
        }
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id)
    {
        var opened = await this.OpenToChangeAsync(db, authorization, id, ReportRequirement.Publish, Version);
        if (opened.Refused)
        {
            return opened.Refusal;
        }

        if (opened.MovedOn is { } movedOn)
        {
            return await ShowAsync(id, movedOn);
        }

        if (!await reasonValidator.ValidateIntoAsync(Withdrawal, ModelState, nameof(Withdrawal)))
        {
            return await ShowAsync(id);
        }

        try
        {
            var current = await db.Publications.FirstOrDefaultAsync(p => p.ReportId == id && p.State == PublicationState.Current);
            Publication.Withdraw(opened.Report, current, User.ToActor(), Withdrawal.Reason ?? "", time.GetUtcNow());
            await db.SaveChangesAsync();
        }
        catch (Exception e) when (ReportPages.RefusalOf(e) is { } refusal)
        {
            return await ShowAsync(id, refusal);
        }

        TempData.SetStatus("已撤回公开。公开记录和索引号保留，公众不再能查阅。");
        return RedirectToPage("Report", new { id });
    }

    public async Task<IActionResult> OnPostCorrectAsync(int id)
    {
        var opened = await this.OpenToChangeAsync(db, authorization, id, ReportRequirement.Publish, Version);
        if (opened.Refused)
        {
            return opened.Refusal;
        }

        if (opened.MovedOn is { } movedOn)
        {
            return await ShowAsync(id, movedOn);
        }

        if (!await reasonValidator.ValidateIntoAsync(Correction, ModelState, nameof(Correction)))
        {
            return await ShowAsync(id);
        }

        try
        {
            opened.Report.StartCorrection(User.ToActor(), Correction.Reason ?? "", time.GetUtcNow());
            await db.SaveChangesAsync();
        }
        catch (Exception e) when (ReportPages.RefusalOf(e) is { } refusal)
        {
            return await ShowAsync(id, refusal);
        }

        TempData.SetStatus("报告已转为草稿以便更正。现行版本在更正版本公开前仍然有效。");
        return RedirectToPage("Report", new { id });
    }

    /// <summary>The page as the report now stands, with <paramref name="refusal"/> on the form when an action did not go through.</summary>
    private async Task<IActionResult> ShowAsync(int id, string? refusal = null)
    {
        var opened = await this.OpenToShowAsync(db, authorization, db.Reports, id, refusal);
        if (opened.Refused)
        {
            return opened.Refusal;
        }

        var report = opened.Report;
        var bureau = await db.Bureaus.AsNoTracking().SingleAsync(b => b.Id == report.BureauId);
        Id = report.Id;
        Title = report.Title;
        Bureau = bureau.FullName;
        OrganizationCode = bureau.OrganizationCode;
        Year = report.Year;
        Status = report.Status;
        Version = report.Version;
        Today = time.ChinaToday();
        MayPublish = (await authorization.AuthorizeAsync(User, report, ReportRequirement.Publish)).Succeeded;
        Versions = await db.Publications.AsNoTracking()
            .Where(p => p.ReportId == id)
            .OrderByDescending(p => p.Version)
            .Select(p => new VersionRow(p.Version, p.State, p.IndexNumber, p.PublishedOn, p.PublishedByName, p.PdfSha256, p.PdfLength, p.WithdrawalReason))
            .ToListAsync();
        return Page();
    }

    public sealed record VersionRow(
        int Version, PublicationState State, string IndexNumber, DateOnly PublishedOn, string PublishedBy, string Sha256, int Length, string WithdrawalReason)
    {
        public string StateLabel => State switch
        {
            PublicationState.Current => "现行有效",
            PublicationState.Corrected => "已更正",
            _ => "已撤回",
        };
    }

    public sealed record PublishInput
    {
        /// <summary>内容概述; the opening words of the report when empty.</summary>
        public string? Summary { get; set; }

        /// <summary>文号, when the report carries one.</summary>
        public string? DocumentNumber { get; set; }
    }

    public sealed record ReasonInput
    {
        public string? Reason { get; set; }
    }

    public sealed class PublishInputValidator : AbstractValidator<PublishInput>
    {
        public PublishInputValidator()
        {
            RuleFor(x => x.Summary).MaximumLength(Publication.SummaryMaxLength).WithMessage($"内容概述不能超过{Publication.SummaryMaxLength}个字符。");
            RuleFor(x => x.DocumentNumber).MaximumLength(Publication.DocumentNumberMaxLength).WithMessage($"文号不能超过{Publication.DocumentNumberMaxLength}个字符。");
        }
    }

    public sealed class ReasonInputValidator : AbstractValidator<ReasonInput>
    {
        public ReasonInputValidator() =>
            RuleFor(x => x.Reason)
                .NotEmpty().WithMessage("请填写理由。")
                .MaximumLength(AnnualReportLimits.ReasonMaxLength).WithMessage($"理由不能超过{AnnualReportLimits.ReasonMaxLength}个字符。");
    }
}
