using System.Security.Claims;
using LawReport.Domain.Common;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.Reports.Editing;

/// <summary>
/// One save of one part of a report (a section, the details, an answer), the same way for every filing form:
/// load → authorize → refuse if the part changed since the form was filled → validate → domain → save,
/// where the database refuses a save whose read is out of date (the report's <c>Version</c> is its
/// concurrency token). Never overwrites silently: any race ends as <see cref="SaveOutcome.Conflict"/>.
/// </summary>
public sealed class ReportSaver(AppDbContext db, IAuthorizationService authorization, TimeProvider time)
{
    /// <param name="fingerprintOf">The part's <see cref="EditFingerprint"/> in a report; null when the part is gone.</param>
    /// <param name="isValidAsync">Validates the posted input (against the report as loaded) into the model state.</param>
    /// <param name="apply">Makes the change through the domain; a <see cref="DomainException"/> is shown as a form error.</param>
    public async Task<SaveAttempt> TrySaveAsync(
        ClaimsPrincipal user,
        int id,
        Guid version,
        string? fingerprint,
        Func<AnnualReport, string?> fingerprintOf,
        Func<AnnualReport, Task<bool>> isValidAsync,
        Action<AnnualReport, DateTimeOffset> apply,
        ModelStateDictionary modelState)
    {
        var report = await db.LoadForEditingAsync(id);
        if (report is null)
        {
            return new SaveAttempt(SaveOutcome.NotFound);
        }

        var access = await authorization.EditAccessAsync(user, report);
        if (access != EditAccess.Allowed)
        {
            return new SaveAttempt(access == EditAccess.Locked ? SaveOutcome.Locked : SaveOutcome.Forbidden, report);
        }

        if (fingerprintOf(report) is not { } current || EditFingerprint.IsStale(report, version, fingerprint, current))
        {
            return new SaveAttempt(SaveOutcome.Conflict, report);
        }

        if (!await isValidAsync(report))
        {
            return new SaveAttempt(SaveOutcome.Invalid, report);
        }

        var at = time.GetUtcNow();
        try
        {
            apply(report, at);
        }
        catch (DomainException e)
        {
            modelState.AddModelError(string.Empty, e.Message);
            return new SaveAttempt(SaveOutcome.Invalid, report);
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: the database refused the out-of-date version.
            db.ChangeTracker.Clear();
            var now = await db.LoadForEditingAsync(id);
            return now is null ? new SaveAttempt(SaveOutcome.NotFound) : new SaveAttempt(SaveOutcome.Conflict, now);
        }

        return new SaveAttempt(SaveOutcome.Saved, report, at, fingerprintOf(report));
    }
}
