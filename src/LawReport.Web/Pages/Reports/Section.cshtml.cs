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

namespace LawReport.Web.Pages.Reports;

/// <summary>
/// The editor of one section: its kind, heading and items (optional heading sentence + paragraphs), items
/// added, removed and moved with buttons. The form posts normally (no script needed); the editor script
/// posts the same form to <see cref="OnPostAutosaveAsync"/> as the filer types. A save based on an out-of-date
/// section is refused: the page then shows both versions and lets the filer keep theirs, take the saved one
/// or merge (see docs/decisions/ADR-011-edit-conflicts.md).
/// </summary>
public sealed class SectionModel(
    AppDbContext db,
    IAuthorizationService authorization,
    IValidator<SectionModel.InputModel> validator,
    TimeProvider time) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    [FromRoute]
    public int Position { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public FilingHeader Header { get; private set; } = null!;

    /// <summary>Why the section cannot be changed, when the report is no longer with the filer.</summary>
    public string? LockedMessage { get; private set; }

    /// <summary>The section as saved.</summary>
    public SectionContent Saved { get; private set; } = null!;

    /// <summary>Set when a save was refused because the section changed in between.</summary>
    public SectionConflict? Conflict { get; private set; }

    /// <summary>While merging: where each item of <see cref="Input"/> comes from.</summary>
    public IReadOnlyList<MergeOrigin> ItemOrigins { get; private set; } = [];

    /// <summary>Last year's 下一年度主要安排, shown beside this year's 主要举措和成效.</summary>
    public PreviousPlans? LastYear { get; private set; }

    /// <summary>Reviewers' points raised on this section, still open.</summary>
    public IReadOnlyList<ReturnPoint> Points { get; private set; } = [];

    public string DraftKey => $"lawreport:{Id}:{FilingHeader.SectionKey(Position)}";

    /// <param name="add">Show one more, empty item at the end (the 添加一条 button without the script).</param>
    public async Task<IActionResult> OnGetAsync(bool add = false)
    {
        var opened = await db.OpenForFilingAsync(authorization, User, Id);
        if (opened.IsRefused)
        {
            return opened.Refusal(this);
        }

        var report = opened.Report;
        if (report.Sections.FirstOrDefault(s => s.Order == Position) is not { } section)
        {
            return NotFound();
        }

        await DescribeAsync(report);
        if (opened.Outcome == SaveOutcome.Locked)
        {
            LockedMessage = ReportEditing.LockedMessage(report.Status);
            return Page();
        }

        Input = InputModel.From(report, section);
        if (add || Input.Items.Count == 0)
        {
            Input.Items.Add(new ItemInput());
        }

        return Page();
    }

    /// <summary>The form posted without the script: saves, then applies the button's command (add, up, down, remove).</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var command = ItemCommand.Parse(Input.Command);
        var items = Input.Items.ToList();
        var result = command.ApplyTo(items, i => i.IsBlank);
        if (result.Refusal is not null)
        {
            ModelState.AddModelError(string.Empty, result.Refusal);
        }

        Input.Items = items;
        var attempt = await SaveSectionAsync();
        if (attempt.IsRefused)
        {
            return attempt.Refusal(this);
        }

        if (attempt.IsSaved)
        {
            TempData.SetStatus($"已保存 {time.ClockTime(attempt.At)}。{result.Done}");
            var adding = command.Kind == ItemCommandKind.Add;
            var focus = adding ? attempt.Report.Section(Position).Items.Count + 1 : result.Focus;
            return RedirectToPage(null, null, new { id = Id, position = Position, add = adding ? true : (bool?)null }, focus is null ? null : $"item-{focus}");
        }

        await DescribeAsync(attempt.Report);
        switch (attempt.Outcome)
        {
            case SaveOutcome.Locked:
                LockedMessage = ReportEditing.LockedMessage(attempt.Report.Status);
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
            case SaveOutcome.Conflict:
                ShowConflict(attempt.Report);
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
        }

        return Page();
    }

    /// <summary>The editor script's save: the same form, answered in JSON (saved, conflict, invalid, locked).</summary>
    public async Task<IActionResult> OnPostAutosaveAsync()
    {
        var attempt = await SaveSectionAsync();
        if (attempt.IsSaved)
        {
            var saved = attempt.Report.Section(Position);
            return AutosaveReplies.Saved(attempt.Report.Version, EditFingerprint.Of(saved), attempt.At, time, saved.TextLength);
        }

        if (attempt.IsConflict)
        {
            var theirs = attempt.Report.Sections.FirstOrDefault(s => s.Order == Position);
            return AutosaveReplies.Conflict(attempt.Report.Version, Input.ToContent(), theirs is null ? null : ContentOf(theirs));
        }

        return AutosaveReplies.NotSaved(attempt, ModelState);
    }

    /// <summary>
    /// Saves the posted section: load, authorize, refuse if the section changed since the form was filled
    /// (ADR-011), validate, change through the domain, save.
    /// </summary>
    private async Task<SaveAttempt> SaveSectionAsync()
    {
        var opened = await db.OpenForFilingAsync(authorization, User, Id);
        if (!opened.IsOpen)
        {
            return opened;
        }

        var report = opened.Report;
        var section = report.Sections.FirstOrDefault(s => s.Order == Position);
        if (section is null || EditFingerprint.IsStale(report, Input.Version, Input.Base, EditFingerprint.Of(section)))
        {
            return SaveAttempt.Conflict(report);
        }

        if (!await validator.ValidateIntoAsync(Input, ModelState))
        {
            return SaveAttempt.Invalid(report);
        }

        var at = time.GetUtcNow();
        try
        {
            if (section.Kind != Input.Kind)
            {
                report.ChangeSectionKind(Position, Input.Kind, at);
            }

            report.UpdateSection(Position, Input.Heading ?? "", Input.Items.Select(i => new ReportItemContent(i.Heading, i.Body)), at);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return SaveAttempt.Invalid(report);
        }

        return await db.SaveAsync(report, at);
    }

    private void ShowConflict(AnnualReport report)
    {
        var mine = Input.ToContent();
        var current = report.Sections.FirstOrDefault(s => s.Order == Position);
        var theirs = current is null ? null : ContentOf(current);
        Conflict = new SectionConflict(mine, theirs, report.UpdatedAt);
        ModelState.Clear();

        // The form below becomes the merge: both versions' items, against the section as it is now.
        var merged = SectionMerge.Items(mine.Items, theirs?.Items ?? []);
        ItemOrigins = merged.Select(m => m.Origin).ToList();
        Input = new InputModel
        {
            Version = report.Version,
            Base = current is null ? "" : EditFingerprint.Of(current),
            Kind = mine.Kind,
            Heading = mine.Heading,
            Items = merged.Select(m => new ItemInput { Heading = m.Content.Heading, Body = m.Content.Body }).ToList(),
        };
    }

    private async Task DescribeAsync(AnnualReport report)
    {
        Header = FilingHeader.For(report, await db.BureauNameAsync(report.BureauId), FilingHeader.SectionKey(Position));
        var section = report.Sections.FirstOrDefault(s => s.Order == Position);
        Saved = section is null ? new SectionContent(Input.Kind, Input.Heading ?? "", []) : ContentOf(section);
        Points = report.ReturnPoints.Where(p => p.IsOpen && p.SectionPosition == Position).ToList();
        if (Saved.Kind == SectionKind.Measures)
        {
            LastYear = await PreviousPlans.LoadAsync(db, report.BureauId, report.Year - 1);
        }
    }

    private static SectionContent ContentOf(ReportSection section) =>
        new(section.Kind, section.Heading, section.Items.Select(i => i.Content).ToList());

    public sealed record InputModel
    {
        public Guid Version { get; set; }

        /// <summary>The section's <see cref="EditFingerprint"/> when the form was filled.</summary>
        public string? Base { get; set; }

        public SectionKind Kind { get; set; }

        public string? Heading { get; set; }

        public List<ItemInput> Items { get; set; } = [];

        /// <summary>The button that posted the form without the script: save, add, up:N, down:N, remove:N.</summary>
        public string? Command { get; set; }

        public static InputModel From(AnnualReport report, ReportSection section) => new()
        {
            Version = report.Version,
            Base = EditFingerprint.Of(section),
            Kind = section.Kind,
            Heading = section.Heading,
            Items = section.Items.Select(i => new ItemInput { Heading = i.Heading, Body = i.Body }).ToList(),
        };

        /// <summary>What was posted, normalised as the domain would store it (for comparisons and display).</summary>
        public SectionContent ToContent() => new(
            Kind,
            Numbering.StripLeading(PlainText.Line(Heading)),
            Items.Where(i => !i.IsBlank).Select(i => i.ToContent()).ToList());
    }

    public sealed record ItemInput
    {
        public string? Heading { get; set; }

        public string? Body { get; set; }

        public bool IsBlank => PlainText.Line(Heading).Length == 0 && PlainText.Block(Body).Length == 0;

        public ReportItemContent ToContent() => new(Numbering.StripLeading(PlainText.Line(Heading)), PlainText.Block(Body));
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(x => x.Kind).IsInEnum().WithMessage("请选择这一部分对应的报告内容。");
            RuleFor(x => x.Heading).RequiredLine("请填写这一部分的标题。")
                .LineOfAtMost(AnnualReportLimits.SectionHeadingMaxLength, "部分标题");
            RuleFor(x => x.Items.Count(i => !i.IsBlank))
                .LessThanOrEqualTo(AnnualReportLimits.MaxItemsPerSection)
                .WithMessage($"每个部分最多{AnnualReportLimits.MaxItemsPerSection}条，请把内容拆到其他部分。")
                .OverridePropertyName(nameof(InputModel.Items));
            RuleForEach(x => x.Items).ChildRules(item =>
            {
                item.RuleFor(i => i.Heading).LineOfAtMost(AnnualReportLimits.ItemHeadingMaxLength, "小标题");
                item.RuleFor(i => i.Body).BlockOfAtMost(AnnualReportLimits.ItemBodyMaxLength, "正文");
            });
        }
    }
}
