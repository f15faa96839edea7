using LawReport.Domain.Reports;

namespace LawReport.Web.Pages.Reports.Editing;

public enum SaveOutcome
{
    Saved,
    NotFound,
    Forbidden,
    Locked,
    Conflict,
    Invalid,
}

/// <summary>
/// How a save went, with the report as it now stands (the saved one, or the current one after a conflict)
/// and, once saved, the time and the part's new fingerprint.
/// </summary>
public sealed record SaveAttempt(SaveOutcome Outcome, AnnualReport? Report = null, DateTimeOffset At = default, string? Fingerprint = null);

/// <summary>The two versions of a section after a refused save; <see cref="Theirs"/> is null when the section is gone.</summary>
public sealed record SectionConflict(SectionContent Mine, SectionContent? Theirs, DateTimeOffset SavedAt);
