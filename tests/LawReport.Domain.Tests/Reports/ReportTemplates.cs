using LawReport.Domain.Reports;

namespace LawReport.Domain.Tests.Reports;

public class ReportTemplates
{
    [Fact]
    public void The_standard_template_has_the_five_parts_in_the_regulations_order()
    {
        var content = ReportTemplate.Standard("常州市人民政府外事办公室", "市委、市政府", 2025);

        Assert.Equal("常州市人民政府外事办公室2025年度法治政府建设情况报告", content.Title);
        Assert.Equal(SectionKinds.All, content.Sections.Select(s => s.Kind));
        Assert.Equal("2025年推进法治政府建设的主要举措和成效", content.Sections[0].Heading);
        Assert.Equal("2026年推进法治政府建设的主要安排", content.Sections[3].Heading);
        Assert.Equal("常州市人民政府外事办公室", content.Signature);
        Assert.Equal("（此件公开发布）", content.Note);
    }

    [Fact]
    public void Last_years_structure_is_kept_with_its_years_moved_on_and_no_text()
    {
        var previous = ReportTemplate.Standard("市外办", "市政府", 2024) with
        {
            Sections =
            [
                new SectionContent(SectionKind.LeaderDuties, "主要负责人履行第一责任人职责情况", [new ReportItemContent("发挥关键少数作用。", "去年的正文")]),
                new SectionContent(SectionKind.Measures, "2024年主要举措和成效", []),
                new SectionContent(SectionKind.NextYearPlans, "2025年工作安排", []),
            ],
        };

        var content = ReportTemplate.FromPreviousYear(previous, "市外办", "市政府", 2025);

        Assert.Equal(
            ["主要负责人履行第一责任人职责情况", "2025年主要举措和成效", "2026年工作安排"],
            content.Sections.Select(s => s.Heading));
        Assert.All(content.Sections, s => Assert.Empty(s.Items));
        Assert.Equal("市外办2025年度法治政府建设情况报告", content.Title);
    }
}
