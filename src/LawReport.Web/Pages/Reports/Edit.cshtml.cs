using FluentValidation;
using LawReport.Domain.Common;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Data;
using LawReport.Web.Pages.Reports.Editing;
using LawReport.Web.PageSupport;
using LawReport.Web.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.Reports;

/// <summary>
/// The report's overview: why it came back and the answers to the reviewer's points, the details (title,
/// addressee, opening, closing, signature, date written, note; autosaved like a section), and the list of
/// sections, which can be added, moved and removed.
/// </summary>
public sealed partial class EditModel(
    AppDbContext db,
    IAuthorizationService authorization,
    IValidator<EditModel.DetailsInput> detailsValidator,
    IValidator<EditModel.AnswerInput> answerValidator,
    TimeProvider time) : PageModel
{
    public const string ImportNotesKey = "ImportNotes";

    [FromRoute]
    public int Id { get; set; }

    [BindProperty]
    public DetailsInput Details { get; set; } = new();

    [BindProperty]
    public AnswerInput Answer { get; set; } = new();

    [BindProperty]
    public StructureInput Structure { get; set; } = new();

    public FilingHeader Header { get; private set; } = null!;

    public string? LockedMessage { get; private set; }

    public ReturnNote? LastReturn { get; private set; }

    /// <summary>The reviewers' points, open ones first, with the version token and fingerprint their answer form posts.</summary>
    public IReadOnlyList<ReturnPoint> ReturnPoints { get; private set; } = [];

    public Guid Version { get; private set; }

    /// <summary>The details as saved, when a details save was refused because they changed in between.</summary>
    public DetailsInput? DetailsConflict { get; private set; }

    /// <summary>When an answer was refused because it changed in between: the point and its saved answer.</summary>
    public (int Number, string Saved)? AnswerConflict { get; private set; }

    /// <summary>A section with content the filer asked to remove: the page asks to confirm.</summary>
    public SectionLink? ConfirmRemoval { get; private set; }

    /// <summary>What the importer was unsure of, right after a report was started from a file.</summary>
    public IReadOnlyList<string> ImportNotes { get; private set; } = [];

    public string DetailsDraftKey => $"lawreport:{Id}:details";

    public static string AnswerFingerprint(ReturnPoint point) => EditFingerprint.OfAnswer(point);

    public IReadOnlyDictionary<int, string> SectionFingerprints { get; private set; } = new Dictionary<int, string>();

    /// <param name="kind">The kind the add-section form starts with (a missing part's link from the completeness check).</param>
    public async Task<IActionResult> OnGetAsync(SectionKind? kind)
    {
        var opened = await db.OpenForFilingAsync(authorization, User, Id);
        if (opened.IsRefused)
        {
            return opened.Refusal(this);
        }

        await DescribeAsync(opened.Report, opened.Outcome == SaveOutcome.Locked ? EditAccess.Locked : EditAccess.Allowed);
        Details = DetailsInput.From(opened.Report);
        Structure = Structure with { Kind = kind is { } k && Enum.IsDefined(k) ? k : SectionKind.Other };
        ImportNotes = (TempData[ImportNotesKey] as string)?.Split('\n', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return Page();
    }

    public async Task<IActionResult> OnPostDetailsAsync()
    {
        var attempt = await SaveDetailsAsync();
        if (attempt.IsRefused)
        {
            return attempt.Refusal(this);
        }

        if (attempt.IsSaved)
        {
            return Saved($"已保存 {time.ClockTime(attempt.At)}。", "details");
        }

        await RedisplayAsync(attempt.Report, attempt.Outcome);
        if (attempt.IsConflict)
        {
            // The form stays the filer's; its tokens move to the saved details, which are shown beside each field.
            DetailsConflict = DetailsInput.From(attempt.Report);
            Details = Details with { Version = attempt.Report.Version, Base = DetailsConflict.Base };
            ModelState.Clear();
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        return Page();
    }

    /// <summary>The editor script's save of the details: the same form, answered in JSON.</summary>
    public async Task<IActionResult> OnPostDetailsAutosaveAsync()
    {
        var attempt = await SaveDetailsAsync();
        if (attempt.IsSaved)
        {
            return AutosaveReplies.Saved(attempt.Report.Version, EditFingerprint.OfDetails(attempt.Report), attempt.At, time, 0);
        }

        return attempt.IsConflict
            ? AutosaveReplies.Conflict(
                attempt.Report.Version, Details with { Version = default, Base = null }, DetailsInput.From(attempt.Report) with { Version = default, Base = null })
            : AutosaveReplies.NotSaved(attempt, ModelState);
    }

    public async Task<IActionResult> OnPostAnswerAsync()
    {
        var attempt = await SaveAnswerAsync();
        if (attempt.IsRefused)
        {
            return attempt.Refusal(this);
        }

        if (attempt.IsSaved)
        {
            return Saved($"已保存对第{Answer.Number}条退回意见的答复。", $"point-{Answer.Number}");
        }

        await RedisplayAsync(attempt.Report, attempt.Outcome);
        Details = DetailsInput.From(attempt.Report);
        if (attempt.IsConflict && attempt.Report.ReturnPoints.FirstOrDefault(p => p.Number == Answer.Number) is { } saved)
        {
            AnswerConflict = (saved.Number, saved.Answer);
            Answer = Answer with { Version = attempt.Report.Version, Base = EditFingerprint.OfAnswer(saved) };
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        return Page();
    }

    /// <summary>
    /// Adds a section at the end. Positions move when sections are added, moved or removed, so each of these
    /// changes based on an out-of-date view is refused (no text is lost: the filer looks again and repeats it).
    /// </summary>
    public async Task<IActionResult> OnPostAddSectionAsync()
    {
        var opened = await db.OpenForFilingAsync(authorization, User, Id);
        if (!opened.IsOpen)
        {
            return await StructureUnchangedAsync(opened);
        }

        // A new section goes to the end: there is nothing it could overwrite.
        var report = opened.Report;
        if (EditFingerprint.IsStale(report, Structure.Version, Structure.Base, Structure.Base ?? ""))
        {
            return await StructureUnchangedAsync(SaveAttempt.Conflict(report));
        }

        var kind = Enum.IsDefined(Structure.Kind) ? Structure.Kind : SectionKind.Other;
        var heading = PlainText.Line(Structure.Heading) is { Length: > 0 } typed ? typed : kind.StandardHeading(report.Year);
        var at = time.GetUtcNow();
        ReportSection section;
        try
        {
            section = report.AddSection(kind, heading, at);
        }
        catch (DomainException e)
        {
            return await StructureUnchangedAsync(SaveAttempt.Invalid(report), e.Message);
        }

        var attempt = await db.SaveAsync(report, at);
        return attempt.IsSaved
            ? Saved($"已添加第{Numbering.ChineseNumeral(section.Order)}部分“{section.Heading}”。", Url.Page("/Reports/Section", new { id = Id, position = section.Order }) ?? "sections")
            : await StructureUnchangedAsync(attempt);
    }

    public async Task<IActionResult> OnPostMoveSectionAsync()
    {
        var opened = await db.OpenForFilingAsync(authorization, User, Id);
        if (!opened.IsOpen)
        {
            return await StructureUnchangedAsync(opened);
        }

        var report = opened.Report;
        if (SectionAtPosition(report) is not { } section || EditFingerprint.IsStale(report, Structure.Version, Structure.Base, EditFingerprint.Of(section)))
        {
            return await StructureUnchangedAsync(SaveAttempt.Conflict(report));
        }

        var at = time.GetUtcNow();
        try
        {
            report.MoveSection(Structure.Position, Structure.Direction, at);
        }
        catch (DomainException e)
        {
            return await StructureUnchangedAsync(SaveAttempt.Invalid(report), e.Message);
        }

        var attempt = await db.SaveAsync(report, at);
        return attempt.IsSaved
            ? Saved($"已将“{section.Heading}”{(Structure.Direction < 0 ? "上移" : "下移")}。", "sections")
            : await StructureUnchangedAsync(attempt);
    }

    public async Task<IActionResult> OnPostRemoveSectionAsync()
    {
        var opened = await db.OpenForFilingAsync(authorization, User, Id);
        if (!opened.IsOpen)
        {
            return await StructureUnchangedAsync(opened);
        }

        var report = opened.Report;
        if (SectionAtPosition(report) is not { } section || EditFingerprint.IsStale(report, Structure.Version, Structure.Base, EditFingerprint.Of(section)))
        {
            return await StructureUnchangedAsync(SaveAttempt.Conflict(report));
        }

        // A section with text is removed only once the filer confirmed it on the page this returns.
        if (!section.IsEmpty && !Structure.Confirm)
        {
            ConfirmRemoval = new SectionLink(section.Order, section.Heading, section.Kind, section.TextLength);
            return await StructureUnchangedAsync(SaveAttempt.Invalid(report));
        }

        var heading = section.Heading;
        var at = time.GetUtcNow();
        try
        {
            report.RemoveSection(Structure.Position, at);
        }
        catch (DomainException e)
        {
            return await StructureUnchangedAsync(SaveAttempt.Invalid(report), e.Message);
        }

        var attempt = await db.SaveAsync(report, at);
        return attempt.IsSaved ? Saved($"已删除“{heading}”。", "sections") : await StructureUnchangedAsync(attempt);
    }

    private ReportSection? SectionAtPosition(AnnualReport report) => report.Sections.FirstOrDefault(s => s.Order == Structure.Position);

    /// <summary>The overview again after a change of the sections that did not go through (404 and 403 aside).</summary>
    private async Task<IActionResult> StructureUnchangedAsync(SaveAttempt attempt, string? refusal = null)
    {
        if (attempt.IsRefused)
        {
            return attempt.Refusal(this);
        }

        if (refusal is not null)
        {
            ModelState.AddModelError(string.Empty, refusal);
        }

        await RedisplayAsync(attempt.Report, attempt.Outcome);
        Details = DetailsInput.From(attempt.Report);
        if (attempt.IsConflict)
        {
            ModelState.AddModelError(string.Empty, "报告的结构已被他人（或您在另一个窗口中）修改，各部分的顺序可能已经变化。请查看下面的最新内容后再操作。");
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        return Page();
    }

    /// <summary>After a save: the message for the next page, then back to the overview at a fragment (#details) or on to an address (/Reports/…).</summary>
    private IActionResult Saved(string message, string fragmentOrUrl)
    {
        TempData.SetStatus(message);
        return fragmentOrUrl.StartsWith('/') ? Redirect(fragmentOrUrl) : RedirectToPage(null, null, new { id = Id }, fragmentOrUrl);
    }

    /// <summary>The overview again after a save that did not go through, as the report now stands.</summary>
    private async Task RedisplayAsync(AnnualReport report, SaveOutcome outcome)
    {
        var locked = outcome == SaveOutcome.Locked;
        await DescribeAsync(report, locked ? EditAccess.Locked : EditAccess.Allowed);
        Response.StatusCode = locked ? StatusCodes.Status409Conflict : Response.StatusCode;
    }

    /// <summary>Saves the posted details: load, authorize, refuse if they changed since the form was filled, validate, change, save.</summary>
    private async Task<SaveAttempt> SaveDetailsAsync()
    {
        var opened = await db.OpenForFilingAsync(authorization, User, Id);
        if (!opened.IsOpen)
        {
            return opened;
        }

        var report = opened.Report;
        if (EditFingerprint.IsStale(report, Details.Version, Details.Base, EditFingerprint.OfDetails(report)))
        {
            return SaveAttempt.Conflict(report);
        }

        if (!await detailsValidator.ValidateIntoAsync(Details, ModelState, nameof(Details)))
        {
            return SaveAttempt.Invalid(report);
        }

        var at = time.GetUtcNow();
        try
        {
            report.UpdateDetails(
                Details.Title ?? "", Details.Addressee ?? "", Details.Preamble ?? "", Details.Closing ?? "",
                Details.Signature ?? "", Details.DateWritten, Details.Note ?? "", at);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return SaveAttempt.Invalid(report);
        }

        return await db.SaveAsync(report, at);
    }

    /// <summary>Saves the answer to one return point, the same way as the details.</summary>
    private async Task<SaveAttempt> SaveAnswerAsync()
    {
        var opened = await db.OpenForFilingAsync(authorization, User, Id);
        if (!opened.IsOpen)
        {
            return opened;
        }

        var report = opened.Report;
        var point = report.ReturnPoints.FirstOrDefault(p => p.Number == Answer.Number);
        if (point is null || EditFingerprint.IsStale(report, Answer.Version, Answer.Base, EditFingerprint.OfAnswer(point)))
        {
            return SaveAttempt.Conflict(report);
        }

        if (!await answerValidator.ValidateIntoAsync(Answer, ModelState, nameof(Answer)))
        {
            return SaveAttempt.Invalid(report);
        }

        var at = time.GetUtcNow();
        try
        {
            report.AnswerReturnPoint(Answer.Number, Answer.Text ?? "", at);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return SaveAttempt.Invalid(report);
        }

        return await db.SaveAsync(report, at);
    }

    private async Task DescribeAsync(AnnualReport report, EditAccess access)
    {
        Header = FilingHeader.For(report, await db.BureauNameAsync(report.BureauId), FilingHeader.Overview);
        LockedMessage = access == EditAccess.Locked ? ReportEditing.LockedMessage(report.Status) : null;
        LastReturn = await ReturnNote.LatestAsync(db, report.Id);
        ReturnPoints = report.ReturnPoints.OrderBy(p => p.IsOpen ? 0 : 1).ThenBy(p => p.Number).ToList();
        Version = report.Version;
        SectionFingerprints = report.Sections.ToDictionary(s => s.Order, EditFingerprint.Of);
    }
}
