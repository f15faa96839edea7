using LawReport.Documents.Import;
using LawReport.Domain.Bureaus;
using LawReport.Domain.Common;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Data;
using LawReport.Web.Authorization;
using LawReport.Web.PageSupport;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.Reports;

/// <summary>
/// Starts the bureau's report for an open reporting cycle: from the standard five-part template, from last
/// year's structure and headings (not its text), or from a file or pasted text read by the importer.
/// Only the bureau's filers start reports (<see cref="ReportAccess.AllowsCreating"/>).
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
[RequestSizeLimit(UploadLimit)]
public sealed class StartModel(AppDbContext db, TimeProvider time) : PageModel
{
    /// <summary>The importer's own limit plus room for the form around the file.</summary>
    private const long UploadLimit = ImportLimits.MaxFileBytes + 64 * 1024;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    public string Bureau { get; private set; } = "";

    /// <summary>The years of the open reporting cycles, newest first, with this bureau's report where one exists.</summary>
    public IReadOnlyList<(int Year, int? ReportId)> OpenYears { get; private set; } = [];

    /// <summary>Last year's report of the bureau, whose structure the new one may take.</summary>
    public int? PreviousReportId { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadBureauAsync() is not { } bureau)
        {
            return Forbid();
        }

        await DescribeAsync(bureau);
        if (OpenYears.FirstOrDefault(y => y.Year == Year).ReportId is { } existing)
        {
            TempData.SetStatus($"本单位{Year}年度的报告已经创建，请继续填写。");
            return RedirectToPage("Edit", new { id = existing });
        }

        return Page();
    }

    public Task<IActionResult> OnPostTemplateAsync() =>
        CreateAsync(bureau => ReportTemplate.Standard(bureau.FullName, bureau.DefaultAddressee, Year!.Value), []);

    public Task<IActionResult> OnPostPreviousAsync() =>
        CreateAsync(
            async bureau =>
            {
                var previous = await db.Reports.AsNoTracking().WithContent()
                    .FirstOrDefaultAsync(r => r.BureauId == bureau.Id && r.Year == Year - 1);
                if (previous is null)
                {
                    ModelState.AddModelError(string.Empty, $"本单位没有{Year - 1}年度的报告，请从标准模板开始。");
                    return null;
                }

                return ReportTemplate.FromPreviousYear(previous.Content, bureau.FullName, bureau.DefaultAddressee, Year!.Value);
            },
            []);

    public async Task<IActionResult> OnPostImportAsync()
    {
        if (Upload is not { Length: > 0 })
        {
            ModelState.AddModelError(nameof(Upload), "请选择要导入的文件（.docx、.pdf、.html 或 .txt）。");
            return await RedisplayAsync();
        }

        await using var stream = Upload.OpenReadStream();
        return await FromImportAsync(ReportImporter.Import(stream, Upload.FileName), nameof(Upload));
    }

    public async Task<IActionResult> OnPostPasteAsync()
    {
        if (string.IsNullOrWhiteSpace(Text))
        {
            ModelState.AddModelError(nameof(Text), "请粘贴报告的全文。");
            return await RedisplayAsync();
        }

        return await FromImportAsync(ReportImporter.ParseText(Text), nameof(Text));
    }

    private Task<IActionResult> FromImportAsync(ImportResult imported, string field)
    {
        if (!imported.Succeeded)
        {
            ModelState.AddModelError(field, imported.Error);
            return RedisplayAsync();
        }

        var notes = imported.Warnings.ToList();
        if (imported.Report.Year is { } year && year != Year)
        {
            notes.Insert(0, $"文件中的报告年度是{year}年，已作为本单位{Year}年度的报告导入，请核对标题和内容中的年份。");
        }

        return CreateAsync(bureau => FromImport(imported.Report.ToContent(), bureau), notes, field);
    }

    /// <summary>What the file left empty comes from the bureau's settings, as for a report started from the template.</summary>
    private ReportContent FromImport(ReportContent content, Bureau bureau)
    {
        var standard = ReportTemplate.Standard(bureau.FullName, bureau.DefaultAddressee, Year!.Value);
        return content with
        {
            Title = Blank(content.Title) ? standard.Title : content.Title,
            Addressee = Blank(content.Addressee) ? standard.Addressee : content.Addressee,
            Signature = Blank(content.Signature) ? standard.Signature : content.Signature,
            Note = Blank(content.Note) ? standard.Note : content.Note,
        };

        static bool Blank(string value) => PlainText.Line(value).Length == 0;
    }

    private Task<IActionResult> CreateAsync(Func<Bureau, ReportContent> content, IReadOnlyList<string> notes, string errorField = "") =>
        CreateAsync(bureau => Task.FromResult<ReportContent?>(content(bureau)), notes, errorField);

    private async Task<IActionResult> CreateAsync(Func<Bureau, Task<ReportContent?>> content, IReadOnlyList<string> notes, string errorField = "")
    {
        if (await LoadBureauAsync() is not { } bureau)
        {
            return Forbid();
        }

        await DescribeAsync(bureau);
        if (Year is not { } year || OpenYears.All(y => y.Year != year))
        {
            ModelState.AddModelError(string.Empty, OpenYears.Count == 0
                ? "目前没有开放的报告周期，不能新建报告。请联系系统管理员。"
                : $"{Year}年度的报告周期没有开放，不能新建报告。请联系系统管理员。");
            return Page();
        }

        if (OpenYears.Single(y => y.Year == year).ReportId is { } existing)
        {
            return Exists(existing);
        }

        if (await content(bureau) is not { } start)
        {
            return Page();
        }

        AnnualReport report;
        try
        {
            report = AnnualReport.Create(bureau, year, start, User.ToActor(), time.GetUtcNow());
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(errorField, $"导入的内容超出了报告的限制：{e.Message}");
            return Page();
        }

        db.Reports.Add(report);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Another filer of the bureau started the same report a moment earlier: the unique index refused ours.
            db.ChangeTracker.Clear();
            if (await ReportIdAsync(bureau.Id, year) is { } created)
            {
                return Exists(created);
            }

            throw;
        }

        TempData.SetStatus($"已新建{year}年度报告。内容会自动保存。");
        if (notes.Count > 0)
        {
            TempData[EditModel.ImportNotesKey] = string.Join("\n", notes);
        }

        return RedirectToPage("Edit", new { id = report.Id });
    }

    private IActionResult Exists(int id)
    {
        TempData.SetStatus($"本单位{Year}年度的报告已经由他人创建，请在此基础上填写。");
        return RedirectToPage("Edit", new { id });
    }

    private async Task<IActionResult> RedisplayAsync()
    {
        if (await LoadBureauAsync() is not { } bureau)
        {
            return Forbid();
        }

        await DescribeAsync(bureau);
        return Page();
    }

    /// <summary>The user's bureau, when they may start its report.</summary>
    private async Task<Bureau?> LoadBureauAsync() =>
        User.GetBureauId() is { } bureauId && ReportAccess.AllowsCreating(User.ToReportActor(), bureauId)
            ? await db.Bureaus.AsNoTracking().FirstOrDefaultAsync(b => b.Id == bureauId)
            : null;

    private async Task DescribeAsync(Bureau bureau)
    {
        Bureau = bureau.FullName;
        var open = await db.ReportingCycles.AsNoTracking().Where(c => c.IsOpen).OrderByDescending(c => c.Year).Select(c => c.Year).ToListAsync();
        var reports = await db.Reports.AsNoTracking().Where(r => r.BureauId == bureau.Id && open.Contains(r.Year))
            .Select(r => new { r.Year, r.Id }).ToDictionaryAsync(r => r.Year, r => r.Id);
        OpenYears = open.Select(y => (y, reports.TryGetValue(y, out var id) ? id : (int?)null)).ToList();
        Year ??= OpenYears.FirstOrDefault(y => y.ReportId is null) is { Year: > 0 } free ? free.Year : OpenYears.FirstOrDefault().Year;
        PreviousReportId = await ReportIdAsync(bureau.Id, Year!.Value - 1);
    }

    private Task<int?> ReportIdAsync(int bureauId, int year) =>
        db.Reports.Where(r => r.BureauId == bureauId && r.Year == year).Select(r => (int?)r.Id).FirstOrDefaultAsync();
}
