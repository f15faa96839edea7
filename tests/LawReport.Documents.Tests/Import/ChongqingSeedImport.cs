using LawReport.Domain.Reports;
using static LawReport.Documents.Tests.Import.ImportAssertions;

namespace LawReport.Documents.Tests.Import;

/// <summary>Seed 001, Chongqing 2020: the standard shape, problems stated inside the leader part, 特此报告, no date.</summary>
public class ChongqingSeedImport
{
    private static readonly Model.ReportDocument Report = ImportSeed("001");

    [Fact]
    public void Title_year_bureau_addressee_and_preamble_are_read()
    {
        Assert.Equal("重庆市人民政府外事办公室关于2020年度法治政府建设情况的报告", Report.Title);
        Assert.Equal(2020, Report.Year);
        Assert.Equal("重庆市人民政府外事办公室", Report.Bureau);
        Assert.Equal("市政府", Report.Addressee);
        AssertStarts("按照《关于做好2020年度法治政府建设情况报告的通知》要求", Report.Preamble.Single());
    }

    [Fact]
    public void The_problems_paragraph_at_the_end_of_the_leader_part_becomes_its_own_problems_section()
    {
        Assert.Equal(
            [
                (SectionKind.Measures, "2020年推进法治政府建设的主要举措和成效"),
                (SectionKind.LeaderDuties, "党政主要负责人认真履行推进法治建设第一责任人职责"),
                (SectionKind.Problems, "2020年推进法治政府建设存在的不足和原因"),
                (SectionKind.NextYearPlans, "2021年及“十四五”期间的工作思路和目标举措"),
            ],
            Outline(Report));
        var problems = Report.Sections[2].Items.Single();
        Assert.Null(problems.Heading);
        AssertStarts("同时，我办法治政府建设工作还有很多可改进可提升的地方", problems.Paragraphs.Single());
        Assert.Equal(["建立实施信息闭环管理和疫情防控闭环管理制度，制定并执行我市《防境外疫情输入方案》，依法依规守好防输入关口，截至目前无一例关联病例输入。"], Report.Sections[1].Items[^1].Paragraphs);
    }

    [Fact]
    public void Run_in_item_headings_end_at_their_full_stop()
    {
        Assert.Equal(
            [
                "科学规划年度工作，建立完善工作机制。",
                "依法全面履行政府部门职能，推进政府职能转变和简政放权、放管结合、优化服务。",
                "严格执行重大行政决策法定程序，推进行政决策科学化民主化法治化。",
                "建立领导班子定期学法制度，加强对部门工作人员法治教育培训。",
                "认真落实“谁执法谁普法”普法责任制，加强外事法治政府建设宣传教育。",
                "强化考核督查。",
                "积极参与全市涉外法治建设。",
            ],
            ItemHeadings(Report.Sections[0]));
        AssertStarts("根据《2020年全市法治政府建设工作要点》明确的任务", Report.Sections[0].Items[0].Paragraphs.Single());
    }

    [Fact]
    public void The_leader_part_opens_with_a_paragraph_before_its_items()
    {
        var leader = Report.Sections[1];
        Assert.Equal([null, "加强党对外事工作的集中统一领导。", "加强党内法规制度建设和执行责任落实。", "坚持重视法治素养和法治能力的用人导向。", "牵头全市防境外疫情输入工作。"], ItemHeadings(leader));
        AssertStarts("办党组书记、主任章勇武同志认真履行", leader.Items[0].Paragraphs.Single());
    }

    [Fact]
    public void Closing_formula_and_signature_are_read_and_the_missing_date_stays_empty()
    {
        Assert.Equal(["特此报告"], Report.Closing);
        Assert.Equal("重庆市人民政府外事办公室", Report.Signature);
        Assert.Null(Report.DateWritten);
        Assert.Equal("", Report.Note);
        Assert.Null(Report.Metadata);
    }

    [Fact]
    public void The_supplied_heading_and_the_moved_paragraph_are_reported_for_review()
    {
        var result = ImportSeedFile("001");

        Assert.Contains(result.Warnings, w => w.Contains("已单列为“存在的不足和原因”部分", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Contains("原文没有标题，已按类别补为“2020年推进法治政府建设存在的不足和原因”", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Contains("没有成文日期", StringComparison.Ordinal));
    }
}
