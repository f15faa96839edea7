using FluentValidation;
using LawReport.Documents.Import;
using LawReport.Documents.Model;
using LawReport.Domain.Common;
using LawReport.Domain.Cycles;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Archive;
using LawReport.Infrastructure.Data;
using LawReport.Web.Authorization;
using LawReport.Web.PageSupport;
using LawReport.Web.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.Admin.Archive;

/// <summary>
/// Reviewing one pending import: the text extracted from the file beside the report as parsed. The
/// administrator corrects a section's kind, merges a section into the one before it or splits one at an
/// item (each a small form, so the page works without JavaScript), chooses the bureau, year and 公开日期,
/// and confirms: the report is archived and the pending import goes. Every correction is saved at once,
/// and carries the import's version, so positions never refer to a parse someone else changed meanwhile.
/// </summary>
public sealed class ReviewModel(AppDbContext db, ReportArchive archive, IValidator<ReviewModel.InputModel> validator) : PageModel
{
    /// <summary>The value of the bureau choice that means “the name in the report, created if new”.</summary>
    public const string NewBureau = "new";

    [FromRoute]
    public int Id { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public PendingImport Import { get; private set; } = null!;

    public ReportDocument Report { get; private set; } = new();

    public IReadOnlyList<(int Id, string Name)> Bureaus { get; private set; } = [];

    /// <summary>The report's own bureau name when no bureau has it yet: offered as a new bureau.</summary>
    public string? NewBureauName { get; private set; }

    public PublicationDate? DefaultPublicationDate { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Input = new InputModel
        {
            Version = Import.Version,
            Bureau = (Import.BureauId ?? await archive.MatchingBureauAsync(Report.Bureau))?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? NewBureau,
            Year = Report.Year,
            PublishedOn = DefaultPublicationDate?.Date,
        };
        return Page();
    }

    public Task<IActionResult> OnPostKindAsync(CorrectionInput correction) =>
        CorrectAsync(correction, report => ImportCorrections.ChangeKind(report, correction.Section, correction.Kind),
            () => $"第{Numbering.ChineseNumeral(correction.Section)}部分的类别已改为“{correction.Kind.Label()}”。");

    public Task<IActionResult> OnPostMergeAsync(CorrectionInput correction) =>
        CorrectAsync(correction, report => ImportCorrections.MergeIntoPrevious(report, correction.Section),
            () => $"第{Numbering.ChineseNumeral(correction.Section)}部分已并入上一部分。", correction.Section - 1);

    public Task<IActionResult> OnPostSplitAsync(CorrectionInput correction) =>
        CorrectAsync(correction, report => ImportCorrections.SplitAt(report, correction.Section, correction.Item),
            () => $"已从第{Numbering.ChineseNumeral(correction.Section)}部分的第{correction.Item}项起分出新的一部分。", correction.Section + 1);

    public async Task<IActionResult> OnPostConfirmAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (Input.Version != Import.Version)
        {
            return Stale();
        }

        if (!await validator.ValidateIntoAsync(Input, ModelState))
        {
            return Page();
        }

        int? bureauId = Input.Bureau == NewBureau ? null : int.Parse(Input.Bureau, System.Globalization.CultureInfo.InvariantCulture);
        var report = Report with { Year = Input.Year };
        if (Input.PublishedOn is { } publishedOn && publishedOn != ReportArchive.PublicationDateOf(report)?.Date)
        {
            report = report with { Metadata = (report.Metadata ?? new DisclosureMetadata()) with { DatePublished = publishedOn } };
        }

        // The choices are kept before archiving, so a refusal loses nothing.
        Import.Correct(report);
        Import.ChooseBureau(bureauId);
        await db.SaveChangesAsync();

        var result = await archive.ArchiveAsync(Import.ToArchiveRequest(User.ToActor()));
        if (result.Outcome == ArchiveOutcome.Refused)
        {
            ModelState.AddModelError(string.Empty, result.Message);
            await LoadAsync();
            ModelState.Remove($"{nameof(Input)}.{nameof(InputModel.Version)}");
            Input = Input with { Version = Import.Version };
            return Page();
        }

        await db.PendingImports.Where(p => p.Id == Id).ExecuteDeleteAsync();
        TempData.SetStatus(result.Message);
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostDiscardAsync()
    {
        var fileName = await db.PendingImports.Where(p => p.Id == Id).Select(p => p.FileName).FirstOrDefaultAsync();
        if (fileName is null)
        {
            return NotFound();
        }

        await db.PendingImports.Where(p => p.Id == Id).ExecuteDeleteAsync();
        TempData.SetStatus($"已放弃导入“{fileName}”，没有归档任何内容。");
        return RedirectToPage("Index");
    }

    /// <param name="correction">What was posted.</param>
    /// <param name="correct">The correction; it refuses positions that do not exist.</param>
    /// <param name="done">What to say once it is made (only then are the positions known to be valid).</param>
    /// <param name="showSection">The section to scroll to afterwards; the corrected one by default.</param>
    private async Task<IActionResult> CorrectAsync(CorrectionInput correction, Func<ReportDocument, ReportDocument> correct, Func<string> done, int? showSection = null)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (correction.Version != Import.Version)
        {
            return Stale();
        }

        if (!ModelState.IsValid)
        {
            TempData.SetStatus("提交的内容无效，请刷新页面后重试。");
            return RedirectToPage(null, new { Id });
        }

        try
        {
            Import.Correct(correct(Report));
            await db.SaveChangesAsync();
            TempData.SetStatus(done());
        }
        catch (DomainException e)
        {
            TempData.SetStatus(e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale();
        }

        return RedirectToPage(null, null, new { Id }, $"section-{showSection ?? correction.Section}");
    }

    private RedirectToPageResult Stale()
    {
        TempData.SetStatus("这份导入刚被修改过（可能是另一位管理员），下面是最新的内容，请核对后重新操作。");
        return RedirectToPage(null, new { Id });
    }

    private async Task<bool> LoadAsync()
    {
        var import = await db.PendingImports.FirstOrDefaultAsync(p => p.Id == Id);
        if (import is null)
        {
            return false;
        }

        Import = import;
        Report = import.Report;
        DefaultPublicationDate = ReportArchive.PublicationDateOf(Report);
        Bureaus = (await db.Bureaus.AsNoTracking().OrderBy(b => b.City).ThenBy(b => b.FullName).Select(b => new { b.Id, b.FullName }).ToListAsync())
            .Select(b => (b.Id, b.FullName))
            .ToList();
        NewBureauName = PlainText.Line(Report.Bureau) is { Length: > 0 } name && Bureaus.All(b => b.Name != name) ? name : null;
        return true;
    }

    /// <summary>One correction of the parse: which section (and item), the new kind, the version it was made on.</summary>
    public sealed record CorrectionInput
    {
        public int Section { get; set; }

        public int Item { get; set; }

        public SectionKind Kind { get; set; }

        public Guid Version { get; set; }
    }

    public sealed record InputModel
    {
        /// <summary>An existing bureau's id, or <see cref="NewBureau"/>.</summary>
        public string Bureau { get; set; } = NewBureau;

        public int? Year { get; set; }

        /// <summary>公开日期; empty: the one the report states (or the deadline when it states none).</summary>
        public DateOnly? PublishedOn { get; set; }

        public Guid Version { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(x => x.Bureau).Must(b => b == NewBureau || int.TryParse(b, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
                .WithMessage("请选择报告单位。");
            RuleFor(x => x.Year).NotNull().WithMessage("请填写报告年度。")
                .InclusiveBetween(ReportingCycle.FirstYear, ReportingCycle.LastYear)
                .WithMessage($"报告年度应在{ReportingCycle.FirstYear}年至{ReportingCycle.LastYear}年之间。");
        }
    }
}
