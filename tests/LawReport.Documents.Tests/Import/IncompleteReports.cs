using LawReport.Documents.Import;
using LawReport.Domain.Reports;
using LawReport.Tests.Shared;
using static LawReport.Documents.Tests.Import.ImportAssertions;

namespace LawReport.Documents.Tests.Import;

/// <summary>Truncated text and reports without a title keep what is there and say what is missing.</summary>
public class IncompleteReports
{
    [Fact]
    public void A_report_cut_off_in_the_middle_keeps_what_is_there_and_says_it_may_be_incomplete()
    {
        var text = File.ReadAllText(RepositoryPaths.Seed("001"));
        var cut = text[..text.IndexOf("出台《关于进一步规范", StringComparison.Ordinal)];

        var result = ReportImporter.ParseText(cut);
        var report = Succeeded(result);

        Assert.Equal("市政府", report.Addressee);
        Assert.Equal([SectionKind.Measures, SectionKind.LeaderDuties], report.Sections.Select(s => s.Kind));
        Assert.Equal("加强党对外事工作的集中统一领导。", report.Sections[1].Items[^1].Heading);
        Assert.Equal(["认真贯彻执行中央和市委关于党管外事有关精神，"], report.Sections[1].Items[^1].Paragraphs);
        Assert.Contains(result.Warnings, w => w.Contains("文件可能不完整", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Contains("没有落款和成文日期", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_title_the_year_comes_from_the_opening_and_the_bureau_from_the_signature()
    {
        var text = File.ReadAllText(RepositoryPaths.Seed("000"));
        var withoutTitle = text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..];

        var result = ReportImporter.ParseText(withoutTitle);
        var report = Succeeded(result);

        Assert.Equal("", report.Title);
        Assert.Equal(2020, report.Year);
        Assert.Equal("上海市人民政府外事办公室", report.Bureau);
        Assert.Equal(4, report.Sections.Count);
        Assert.Contains("没有找到报告标题，请补上。", result.Warnings);
        Assert.Contains("标题里没有年度，已按开头的文字推定为2020年度，请核对。", result.Warnings);
    }

    [Fact]
    public void Without_headings_the_body_is_one_section_to_divide_by_hand()
    {
        var result = ReportImporter.ParseText("市外办2021年度法治政府建设情况报告\n市政府：\n今年我办依法行政。\n（一）加强学习。组织学法。\n（二）规范执法。开展检查。\n市外办\n2021年12月1日");
        var report = Succeeded(result);

        Assert.Equal(["今年我办依法行政。"], report.Preamble);
        Assert.Equal(["加强学习。", "规范执法。"], ItemHeadings(report.Sections.Single()));
        Assert.Equal("2021年推进法治政府建设的主要举措和成效", report.Sections.Single().Heading);
        Assert.Contains(result.Warnings, w => w.StartsWith("原文没有“一、”“二、”形式的标题", StringComparison.Ordinal));
    }
}
