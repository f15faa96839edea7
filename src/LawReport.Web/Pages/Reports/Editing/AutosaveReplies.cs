using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LawReport.Web.Pages.Reports.Editing;

/// <summary>
/// The answers of the autosave handlers to the editor script (wwwroot/js/filing.js). Every answer has a
/// <c>status</c> the script switches on and, except for a save, a Chinese <c>message</c> it shows as is.
/// </summary>
public static class AutosaveReplies
{
    /// <summary>The answer to a save that went through: the new version and fingerprint, when, and the part's length.</summary>
    public static JsonResult Saved(Guid version, string fingerprint, DateTimeOffset at, TimeProvider time, int characters) =>
        new(new
        {
            status = "saved",
            version,
            @base = fingerprint,
            savedAt = at,
            savedAtText = time.ClockTime(at),
            characters,
        });

    /// <summary>The answer to a save that did not go through, other than a conflict (which comes back with both versions).</summary>
    public static JsonResult NotSaved(SaveAttempt attempt, ModelStateDictionary modelState) =>
        attempt.IsMissing
            ? NotFound()
            : attempt.Outcome switch
            {
                SaveOutcome.Forbidden => Forbidden(),
                SaveOutcome.Locked => Locked(ReportEditing.LockedMessage(attempt.Report.Status)),
                _ => Invalid(modelState),
            };

    /// <summary>409: someone else saved this part in between; both versions come back.</summary>
    public static JsonResult Conflict(Guid version, object mine, object? theirs) =>
        Reply(StatusCodes.Status409Conflict, new
        {
            status = "conflict",
            message = "在您编辑期间，这一部分已被他人（或您在另一个窗口中）修改。您的内容没有保存，请处理冲突后再保存。",
            version,
            mine,
            theirs,
        });

    public static JsonResult Locked(string message) => Reply(StatusCodes.Status409Conflict, new { status = "locked", message });

    public static JsonResult Invalid(ModelStateDictionary modelState) => Reply(StatusCodes.Status400BadRequest, new
    {
        status = "invalid",
        message = "有内容不符合要求，没有保存，请按提示修改。",
        errors = modelState
            .Where(e => e.Value is { Errors.Count: > 0 })
            .ToDictionary(e => e.Key, e => e.Value!.Errors.Select(x => x.ErrorMessage).ToArray()),
    });

    public static JsonResult Forbidden() => Reply(StatusCodes.Status403Forbidden, new { status = "forbidden", message = "您没有修改这份报告的权限。" });

    public static JsonResult NotFound() => Reply(StatusCodes.Status404NotFound, new { status = "not-found", message = "找不到这份报告或这一部分，可能已被删除。" });

    private static JsonResult Reply(int statusCode, object value) => new(value) { StatusCode = statusCode };
}
