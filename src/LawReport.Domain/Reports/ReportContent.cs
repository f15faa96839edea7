namespace LawReport.Domain.Reports;

/// <summary>
/// The whole text of a report, detached from the aggregate: what a new report starts from (template,
/// last year's structure, an imported file) and what a revision or a publication freezes.
/// Multi-paragraph fields hold paragraphs separated by a blank line.
/// </summary>
public sealed record ReportContent(
    string Title,
    string Addressee,
    string Preamble,
    IReadOnlyList<SectionContent> Sections,
    string Closing,
    string Signature,
    DateOnly? DateWritten,
    string Note);

public sealed record SectionContent(SectionKind Kind, string Heading, IReadOnlyList<ReportItemContent> Items);

/// <summary>How a bureau's report starts: the five parts of the regulation with their standard headings.</summary>
public static class ReportTemplate
{
    public static string StandardTitle(string bureauName, int year) => $"{bureauName}{year}年度法治政府建设情况报告";

    public static ReportContent Standard(string bureauName, string addressee, int year) => new(
        Title: StandardTitle(bureauName, year),
        Addressee: addressee,
        Preamble: "",
        Sections: SectionKinds.All.Select(kind => new SectionContent(kind, kind.StandardHeading(year), [])).ToList(),
        Closing: "",
        Signature: bureauName,
        DateWritten: null,
        Note: AnnualReportLimits.DefaultNote);

    /// <summary>Last year's structure and headings, none of its text: the bureau answers anew.</summary>
    public static ReportContent FromPreviousYear(ReportContent previous, string bureauName, string addressee, int year) =>
        Standard(bureauName, addressee, year) with
        {
            Sections = previous.Sections
                .Select(s => new SectionContent(s.Kind, ShiftYears(s.Heading, year - 1, year), []))
                .ToList(),
        };

    /// <summary>A heading that named last year (2023年推进…) names this year; the plans' year moves too.</summary>
    private static string ShiftYears(string heading, int previousYear, int year) =>
        heading
            .Replace($"{previousYear + 1}年", $"{year + 1}年", StringComparison.Ordinal)
            .Replace($"{previousYear}年", $"{year}年", StringComparison.Ordinal);
}
