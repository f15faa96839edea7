using LawReport.Documents.Import;
using LawReport.Documents.Model;
using static LawReport.Documents.Tests.Import.ImportAssertions;

namespace LawReport.Documents.Tests.Import.Corrections;

/// <summary>A small imported report whose second section really belongs to the first, and whose first holds the problems too.</summary>
internal static class CorrectionFixture
{
    public static ReportDocument Report { get; } = Succeeded(ReportImporter.ParseText("""
        市外办2023年度法治政府建设情况报告
        市委、市政府：
        2023年，市外办坚持依法行政。
        一、主要举措和成效
        （一）加强学习。组织学法4次。
        （二）依法决策。重大事项集体研究。
        （三）存在的不足。依法处理涉外案件的能力有待提升。
        二、规范执法
        执法案卷全部合格。
        三、2024年工作安排
        继续加强学习。
        市外办
        2023年12月20日
        """));

    /// <summary>Every piece of text, in order, to show that a correction loses or changes none.</summary>
    public static IReadOnlyList<string> AllText(ReportDocument report) =>
        report.Sections.SelectMany(s => s.Items.SelectMany(i => i.Heading is null ? i.Paragraphs : i.Paragraphs.Prepend(i.Heading)).Prepend(s.Heading)).ToList();
}
