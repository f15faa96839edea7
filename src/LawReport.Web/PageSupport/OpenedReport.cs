using System.Diagnostics.CodeAnalysis;
using LawReport.Domain.Reports;
using Microsoft.AspNetCore.Mvc;

namespace LawReport.Web.PageSupport;

/// <summary>
/// A report a page opened by id, or the answer the page gives instead: 404 when there is no such report,
/// 403 when the user may not have it. Once <see cref="Refused"/> is false the report is there (no <c>!</c>).
/// </summary>
public sealed class OpenedReport
{
    private OpenedReport(AnnualReport? report, IActionResult? refusal, string? movedOn)
    {
        Report = report;
        Refusal = refusal;
        MovedOn = movedOn;
        Refused = refusal is not null || report is null;
    }

    public AnnualReport? Report { get; }

    public IActionResult? Refusal { get; }

    /// <summary>
    /// Set when the user asked to change the report as it stood before someone else's step: why nothing
    /// was done, with who did what meanwhile. The page shows the report again with this message.
    /// </summary>
    public string? MovedOn { get; }

    [MemberNotNullWhen(true, nameof(Refusal))]
    [MemberNotNullWhen(false, nameof(Report))]
    public bool Refused { get; }

    public static OpenedReport Open(AnnualReport report, string? movedOn = null) => new(report, null, movedOn);

    public static OpenedReport Refuse(IActionResult refusal) => new(null, refusal, null);
}
