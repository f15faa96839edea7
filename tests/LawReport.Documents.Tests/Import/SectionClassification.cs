using LawReport.Documents.Import;
using LawReport.Domain.Reports;
using static LawReport.Documents.Tests.Import.ImportAssertions;

namespace LawReport.Documents.Tests.Import;

/// <summary>Section kinds come from the heading, the position and the content; doubt is stated, not hidden.</summary>
public class SectionClassification
{
    private static ImportResult Parse(params string[] headings) =>
        ReportImporter.ParseText("某局2021年度法治政府建设情况报告\n" + string.Join("\n", headings.Select((h, i) => $"{Numbering.SectionLabel(i + 1)}{h}\n本部分正文。")));

    private static IReadOnlyList<SectionKind> Kinds(ImportResult result) => Succeeded(result).Sections.Select(s => s.Kind).ToList();

    [Fact]
    public void Leader_duties_placed_first_are_still_leader_duties()
    {
        var result = Parse("党政主要负责人履行推进法治建设第一责任人职责情况", "主要举措和成效", "存在的不足", "2022年工作安排");

        Assert.Equal([SectionKind.LeaderDuties, SectionKind.Measures, SectionKind.Problems, SectionKind.NextYearPlans], Kinds(result));
    }

    [Fact]
    public void Headings_in_the_bureaus_own_words_are_understood()
    {
        var result = Parse("法治工作总结", "存在的差距和短板", "明年工作打算", "其他事项");

        Assert.Equal([SectionKind.Measures, SectionKind.Problems, SectionKind.NextYearPlans, SectionKind.Other], Kinds(result));
        Assert.All(Succeeded(result).Sections, s => Assert.True(s.Confidence >= 0.8, $"{s.Heading}: {s.Confidence}"));
    }

    [Fact]
    public void Traditional_headings_are_classified_like_simplified_ones()
    {
        var result = Parse("主要舉措和成效", "存在的問題", "主要負責人履職情況", "下一年度工作計劃");

        Assert.Equal([SectionKind.Measures, SectionKind.Problems, SectionKind.LeaderDuties, SectionKind.NextYearPlans], Kinds(result));
    }

    [Fact]
    public void A_heading_naming_next_year_is_about_plans_even_when_it_says_measures()
    {
        var result = Parse("2021年主要工作", "2022年主要举措");

        Assert.Equal([SectionKind.Measures, SectionKind.NextYearPlans], Kinds(result));
    }

    [Fact]
    public void A_heading_that_names_no_kind_is_flagged_as_unsure()
    {
        var result = Parse("主要举措和成效", "党组重视，引领法治建设");
        var unsure = Succeeded(result).Sections[1];

        Assert.Equal(SectionKind.Measures, unsure.Kind);
        Assert.True(unsure.Confidence < 0.7);
        Assert.Contains(result.Warnings, w => w.StartsWith("第二部分“党组重视，引领法治建设”的类别把握不大", StringComparison.Ordinal));
    }

    [Fact]
    public void Content_about_shortcomings_decides_an_uninformative_heading()
    {
        var result = ReportImporter.ParseText("某局2021年度法治政府建设情况报告\n一、主要举措和成效\n依法行政。\n二、几点思考\n法治意识还需加强，队伍建设仍有不足，普法针对性不够。");

        Assert.Equal([SectionKind.Measures, SectionKind.Problems], Kinds(result));
    }

    [Fact]
    public void The_parts_the_regulation_asks_for_and_the_report_lacks_are_named()
    {
        var result = Parse("主要举措和成效", "2022年工作安排");

        Assert.Contains("没有识别出以下部分：存在的不足和原因、主要负责人履职情况。", result.Warnings);
    }
}
