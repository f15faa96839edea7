using LawReport.Domain.Common;
using LawReport.Domain.Reports;

namespace LawReport.Web.Pages.Reports.Editing;

/// <summary>One section in the filing pages' navigation: 一、heading, how much it holds.</summary>
public sealed record SectionLink(int Position, string Heading, SectionKind Kind, int Characters)
{
    public string Label => Numbering.SectionLabel(Position) + Heading;

    public bool IsEmpty => Characters == 0;
}

/// <summary>What every filing page shows above its content (partial <c>_FilingHeader</c>): the report, its status, its parts.</summary>
public sealed record FilingHeader(int Id, string Bureau, int Year, string Title, ReportStatus Status, IReadOnlyList<SectionLink> Sections, string Current)
{
    public const string Overview = "overview";
    public const string Preview = "preview";
    public const string Submit = "submit";

    public static FilingHeader For(AnnualReport report, string bureau, string current) => new(
        report.Id,
        bureau,
        report.Year,
        report.Title,
        report.Status,
        report.Sections.Select(s => new SectionLink(s.Order, s.Heading, s.Kind, s.TextLength)).ToList(),
        current);

    public static string SectionKey(int position) => "section-" + position.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Characters a reader sees in the whole report's sections.</summary>
    public int Characters => Sections.Sum(s => s.Characters);
}
