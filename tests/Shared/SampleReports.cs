using LawReport.Domain.Reports;

namespace LawReport.Tests.Shared;

/// <summary>
/// Report content that passes the completeness check (five non-empty parts, a named leader, signature
/// and date), so tests can walk a report past 提交签发.
/// </summary>
internal static class SampleReports
{
    public static ReportContent Complete(string bureauName, string addressee, int year)
    {
        var template = ReportTemplate.Standard(bureauName, addressee, year);
        return template with
        {
            Sections = template.Sections.Select(s => s with { Items = [SampleItem(s.Kind)] }).ToList(),
            DateWritten = new DateOnly(year + 1, 2, 20),
        };
    }

    public static ReportItemContent SampleItem(SectionKind kind) => kind switch
    {
        SectionKind.Measures => new("科学规划年度工作。", "制定年度法治政府建设工作要点，明确责任分工。"),
        SectionKind.Problems => new(null, "一是法治宣传教育的针对性还不够强；二是行政执法人员的专业能力有待提升。"),
        SectionKind.LeaderDuties => new(null, "办党组书记、主任王明同志认真履行推进法治建设第一责任人职责。"),
        SectionKind.NextYearPlans => new("持续加强制度建设。", "修订完善内部管理制度。"),
        SectionKind.Other => new(null, "无其他需要报告的情况。"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
