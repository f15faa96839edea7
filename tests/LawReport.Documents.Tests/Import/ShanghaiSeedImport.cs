using LawReport.Domain.Reports;
using static LawReport.Documents.Tests.Import.ImportAssertions;

namespace LawReport.Documents.Tests.Import;

/// <summary>Seed 000, Shanghai 2020: its own four headings, a date beside the title, 1、 items and nested lists.</summary>
public class ShanghaiSeedImport
{
    private static readonly Model.ReportDocument Report = ImportSeed("000");

    [Fact]
    public void Title_year_bureau_and_the_missing_addressee_are_read()
    {
        Assert.Equal("市外办2020年法治政府建设年度报告", Report.Title);
        Assert.Equal(2020, Report.Year);
        Assert.Equal("上海市人民政府外事办公室", Report.Bureau);
        Assert.Equal("", Report.Addressee);
        Assert.Empty(Report.Preamble);
    }

    [Fact]
    public void Its_own_four_headings_get_the_regulation_kinds()
    {
        Assert.Equal(
            [
                (SectionKind.Measures, "法治工作总结"),
                (SectionKind.Measures, "2020年市委依法治市委工作要点落实情况"),
                (SectionKind.Problems, "半年督办中发现问题的整改情况"),
                (SectionKind.NextYearPlans, "明年工作打算"),
            ],
            Outline(Report));
    }

    [Fact]
    public void The_work_plan_section_is_classified_with_lower_confidence_than_the_clear_ones()
    {
        var confidences = Report.Sections.Select(s => s.Confidence).ToList();
        Assert.InRange(confidences[1], 0.5, 0.69);
        Assert.All(new[] { confidences[0], confidences[2], confidences[3] }, c => Assert.True(c >= 0.8, $"{c}"));
    }

    [Fact]
    public void Arabic_numbered_points_are_the_items_of_the_first_section()
    {
        var first = Report.Sections[0];
        Assert.Equal(
            [
                null,
                "疫情防控常态化背景下,坚守法治思维和法律底线保证外事工作依法有序进行。",
                "继续完善外事法律文件流程化管理体制机制。",
                "提升依法行政,依法决策科学化、法治化水平。",
                "强化全办党员干部的法治观念和法治意识。",
            ],
            ItemHeadings(first));
        AssertStarts("2020年是我国全面建成小康社会的决战决胜之年,也是", first.Items[0].Paragraphs.Single());
        AssertStarts("面对今年突如其来的新型冠状病毒疫情", first.Items[1].Paragraphs.Single());
    }

    [Fact]
    public void Under_parenthesised_items_the_arabic_points_stay_paragraphs_with_their_numbers()
    {
        var plans = Report.Sections[3];
        Assert.Equal(["2021年法治工作打算", "对委员会年度工作要点的建议"], ItemHeadings(plans));
        var suggestions = plans.Items[1].Paragraphs;
        Assert.Equal(4, suggestions.Count);
        AssertStarts("2021年是“十四五”规划的开局之年", suggestions[0]);
        AssertStarts("1、建议加强各委办局相关单位法律工作人员的联系", suggestions[1]);
        AssertStarts("3、建议不定期开展法律业务学习和培训。", suggestions[3]);
    }

    [Fact]
    public void The_signature_date_is_the_date_written_and_the_date_beside_the_title_the_date_published()
    {
        Assert.Equal("上海市人民政府外事办公室", Report.Signature);
        Assert.Equal(new DateOnly(2020, 11, 27), Report.DateWritten);
        Assert.Equal(new DateOnly(2020, 12, 10), Report.Metadata?.DatePublished);
        Assert.Equal("", Report.Note);
        Assert.Empty(Report.Closing);
    }

    [Fact]
    public void The_text_keeps_the_half_width_punctuation_of_the_page()
    {
        var opening = Report.Sections[0].Items[0].Paragraphs[0];
        Assert.Contains("决战决胜之年,也是“十三五”规划", opening, StringComparison.Ordinal);
        Assert.Contains("《法治政府建设实施纲要(2015-2020年)》,持续", opening, StringComparison.Ordinal);
        Assert.DoesNotContain('，', opening);
    }
}
