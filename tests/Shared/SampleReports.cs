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

    /// <summary>
    /// Real content (e.g. an imported seed) made to pass the completeness check: a missing or empty part gets
    /// a sample item, and a missing date written or signature is filled; everything present is kept.
    /// </summary>
    public static ReportContent MakeComplete(ReportContent content, int year)
    {
        var sections = content.Sections
            .Select(s => s.Items.Any(i => !string.IsNullOrWhiteSpace(i.Body) || !string.IsNullOrWhiteSpace(i.Heading)) ? s : s with { Items = [SampleItem(s.Kind)] })
            .ToList();
        foreach (var kind in SectionKinds.All.Where(k => sections.All(s => s.Kind != k)))
        {
            sections.Add(new SectionContent(kind, kind.StandardHeading(year), [SampleItem(kind)]));
        }

        if (!LeaderNames.AreMentionedIn(string.Concat(sections.Where(s => s.Kind == SectionKind.LeaderDuties).SelectMany(s => s.Items).Select(i => i.Heading + i.Body))))
        {
            var index = sections.FindIndex(s => s.Kind == SectionKind.LeaderDuties);
            sections[index] = sections[index] with { Items = [.. sections[index].Items, SampleItem(SectionKind.LeaderDuties)] };
        }

        return content with
        {
            Sections = sections,
            DateWritten = content.DateWritten ?? new DateOnly(year + 1, 2, 20),
            Signature = content.Signature.Length > 0 ? content.Signature : "测试单位",
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
