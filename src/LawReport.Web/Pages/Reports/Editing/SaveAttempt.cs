using System.Diagnostics.CodeAnalysis;
using LawReport.Domain.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LawReport.Web.Pages.Reports.Editing;

public enum SaveOutcome
{
    /// <summary>Loaded and the user may change it: the page goes on to check, validate and change.</summary>
    Open,
    Saved,
    NotFound,
    Forbidden,
    Locked,
    Conflict,
    Invalid,
}

/// <summary>
/// How a save of one part of a report (a section, the details, an answer) went, with the report as it now
/// stands: the saved one, or the current one after a conflict. The page writes the save out itself (load,
/// authorize, check the part, validate, change, save); this only carries the outcome between those steps.
/// </summary>
public sealed class SaveAttempt
{
    private SaveAttempt(SaveOutcome outcome, AnnualReport? report, DateTimeOffset at = default)
    {
        Outcome = outcome;
        Report = report;
        At = at;
    }

    public static SaveAttempt NotFound { get; } = new(SaveOutcome.NotFound, null);

    public SaveOutcome Outcome { get; }

    /// <summary>Null only when there is no such report.</summary>
    public AnnualReport? Report { get; }

    /// <summary>When the change was saved.</summary>
    public DateTimeOffset At { get; }

    [MemberNotNullWhen(false, nameof(Report))]
    public bool IsMissing => Report is null;

    /// <summary>The page stops here: 404 when there is no such report, 403 when the user may not have it.</summary>
    [MemberNotNullWhen(false, nameof(Report))]
    public bool IsRefused => Report is null || Outcome == SaveOutcome.Forbidden;

    /// <summary>The report is loaded and the user may change it.</summary>
    [MemberNotNullWhen(true, nameof(Report))]
    public bool IsOpen => Outcome == SaveOutcome.Open && Report is not null;

    [MemberNotNullWhen(true, nameof(Report))]
    public bool IsSaved => Outcome == SaveOutcome.Saved && Report is not null;

    [MemberNotNullWhen(true, nameof(Report))]
    public bool IsConflict => Outcome == SaveOutcome.Conflict && Report is not null;

    /// <summary>The answer of a page that <see cref="IsRefused"/>.</summary>
    public IActionResult Refusal(PageModel page) => Report is null ? page.NotFound() : page.Forbid();

    public static SaveAttempt Opened(AnnualReport report, EditAccess access) => access switch
    {
        EditAccess.Allowed => new(SaveOutcome.Open, report),
        EditAccess.Locked => new(SaveOutcome.Locked, report),
        _ => new(SaveOutcome.Forbidden, report),
    };

    public static SaveAttempt Saved(AnnualReport report, DateTimeOffset at) => new(SaveOutcome.Saved, report, at);

    /// <summary>Someone else changed the part since the form was filled: nothing is saved.</summary>
    public static SaveAttempt Conflict(AnnualReport report) => new(SaveOutcome.Conflict, report);

    /// <summary>The input, or the change the domain was asked for, was refused: the reasons are on the form.</summary>
    public static SaveAttempt Invalid(AnnualReport report) => new(SaveOutcome.Invalid, report);
}

/// <summary>The two versions of a section after a refused save; <see cref="Theirs"/> is null when the section is gone.</summary>
public sealed record SectionConflict(SectionContent Mine, SectionContent? Theirs, DateTimeOffset SavedAt);
