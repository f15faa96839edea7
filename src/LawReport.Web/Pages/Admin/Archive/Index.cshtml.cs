using FluentValidation;
using LawReport.Documents.Import;
using LawReport.Documents.Model;
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
/// Importing published reports into the archive: upload one or many files (.txt, .html, .mhtml, .docx,
/// .pdf), or a .zip of them (a city's years of reports at once); each one the importer reads waits here
/// for review (<see cref="ReviewModel"/>), each one it cannot read or that is archived already gets its
/// reason in Chinese.
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class IndexModel(AppDbContext db, ReportArchive archive, IValidator<IndexModel.InputModel> validator, TimeProvider time) : PageModel
{
    public const int MaxFiles = 10;

    /// <summary>
    /// The whole upload may hold <see cref="MaxFiles"/> files at the importer's limit, so a file over that
    /// limit still arrives and is refused with its own message instead of a failed request.
    /// </summary>
    private const long MaxRequestBytes = (MaxFiles + 1) * ImportLimits.MaxFileBytes;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<Row> Pending { get; private set; } = [];

    /// <summary>One line per file of the last upload.</summary>
    public IReadOnlyList<string> UploadResults { get; private set; } = [];

    public async Task OnGetAsync()
    {
        UploadResults = TempData[nameof(UploadResults)] as string[] ?? [];
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostUploadAsync()
    {
        if (!await validator.ValidateIntoAsync(Input, ModelState))
        {
            await LoadAsync();
            return Page();
        }

        var results = new List<string>();
        var added = new List<PendingImport>();
        foreach (var file in Input.Files)
        {
            foreach (var (pending, message) in await ReadAsync(file, added))
            {
                results.Add(message);
                if (pending is not null)
                {
                    db.PendingImports.Add(pending);
                    if (!added.Contains(pending))
                    {
                        added.Add(pending);
                    }
                }
            }
        }

        await db.SaveChangesAsync();
        if (results.Count == 1 && added.Count == 1)
        {
            TempData.SetStatus(results[0]);
            return RedirectToPage("Review", new { id = added[0].Id });
        }

        TempData[nameof(UploadResults)] = results.ToArray();
        return RedirectToPage();
    }

    /// <summary>Reads one uploaded file, or each file of an uploaded .zip, into pending imports, or says why not.</summary>
    private async Task<List<(PendingImport? Pending, string Message)>> ReadAsync(IFormFile file, List<PendingImport> added)
    {
        var name = Path.GetFileName(file.FileName);
        if (Path.GetExtension(name).Equals(".zip", StringComparison.OrdinalIgnoreCase))
        {
            await using var zip = file.OpenReadStream();
            var (files, skipped) = ImportSources.ReadZip(zip);
            var read = new List<(PendingImport? Pending, string Message)>();
            foreach (var entry in files)
            {
                var one = await ReadAsync($"{name}/{entry.Name}", entry.Bytes, added);
                read.Add(one);
                if (one.Pending is not null)
                {
                    added.Add(one.Pending);
                }
            }

            read.AddRange(skipped.Select(reason => ((PendingImport?)null, $"{name}：{reason}")));
            return read.Count > 0 ? read : [(null, $"{name}：压缩包里没有可导入的报告文件（.txt、.html、.mhtml、.docx、.pdf）。")];
        }

        if (file.Length > ImportLimits.MaxFileBytes)
        {
            return [(null, $"{name}：{ImportLimits.TooLargeMessage(file.Length)}")];
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        return [await ReadAsync(name, buffer.ToArray(), added)];
    }

    /// <summary>Reads one file into a pending import, or says why not; <paramref name="added"/> are this upload's files before it.</summary>
    private async Task<(PendingImport? Pending, string Message)> ReadAsync(string name, byte[] bytes, List<PendingImport> added)
    {
        var sha256 = ReportArchive.Sha256(bytes);
        if (await archive.FindArchivedAsync(sha256) is { } archived)
        {
            return (null, $"{name}：这个文件已归档为{archived.Bureau}{archived.Year}年度报告，无需再次导入。");
        }

        if (added.Any(p => p.SourceSha256 == sha256) || await db.PendingImports.AnyAsync(p => p.SourceSha256 == sha256))
        {
            return (null, $"{name}：这个文件已在待核对的列表中。");
        }

        var imported = ReportImporter.Import(bytes, name);
        if (!imported.Succeeded)
        {
            return (null, $"{name}：{imported.Error}");
        }

        var pending = PendingImport.Create(name, bytes, imported, User.ToActor(), time.GetUtcNow());
        return (pending, $"{name}：已读取“{imported.Report.Title}”，请对照原文核对后归档。");
    }

    private async Task LoadAsync()
    {
        var rows = await db.PendingImports.AsNoTracking()
            .OrderBy(p => p.UploadedAt)
            .Select(p => new { p.Id, p.FileName, p.UploadedByName, p.UploadedAt, p.ReportJson })
            .ToListAsync();
        Pending = rows.Select(p => (p, Report: ReportJson.Deserialize(p.ReportJson)))
            .Select(x => new Row(x.p.Id, x.p.FileName, x.Report.Title, x.Report.Year, x.Report.Bureau, x.p.UploadedByName, x.p.UploadedAt))
            .ToList();
    }

    public sealed record Row(int Id, string FileName, string Title, int? Year, string? Bureau, string UploadedBy, DateTimeOffset UploadedAt);

    public sealed record InputModel
    {
        public List<IFormFile> Files { get; set; } = [];
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(x => x.Files).NotEmpty().WithMessage("请选择要导入的文件。")
                .Must(files => files.Count <= MaxFiles).WithMessage($"一次最多导入{MaxFiles}个文件。");
        }
    }
}
