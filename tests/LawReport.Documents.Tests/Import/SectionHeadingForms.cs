using System.Text;
using LawReport.Documents.Import;
using LawReport.Domain.Reports;
using static LawReport.Documents.Tests.Import.ImportAssertions;

namespace LawReport.Documents.Tests.Import;

/// <summary>Top-level headings not numbered 一、 are recognised, each with the evidence named in a warning and a confidence.</summary>
public class SectionHeadingForms
{
    private static readonly (SectionKind, string)[] Expected =
    [
        (SectionKind.Measures, "2023年推进法治政府建设的主要举措和成效"),
        (SectionKind.Problems, "存在的不足和原因"),
        (SectionKind.NextYearPlans, "2024年工作安排"),
    ];

    private static string Report(string first, string second, string third) => $"""
        市司法局2023年度法治政府建设情况报告
        市政府：
        2023年，市司法局坚持依法行政，现将有关情况报告如下。
        {first}2023年推进法治政府建设的主要举措和成效
        （一）加强学习。组织学法4次，全体干部参加。
        （二）规范执法。全年办理行政复议案件12件。
        {second}存在的不足和原因
        普法的针对性还需加强，执法人员的能力有待提升。
        {third}2024年工作安排
        继续推进依法行政，提升执法水平。
        特此报告。
        市司法局
        2024年1月10日
        """;

    [Theory]
    [InlineData("第一部分 ", "第二部分 ", "第三部分 ", "第一部分")]
    [InlineData("第一章　", "第二章　", "第三章　", "第一部分")]
    [InlineData("1.", "2.", "3.", "1.")]
    [InlineData("1、", "2、", "3、", "1.")]
    [InlineData("一是", "二是", "三是", "一是")]
    [InlineData("", "", "", "不带编号")]
    public void Headings_numbered_otherwise_or_not_at_all_are_sections(string first, string second, string third, string evidence)
    {
        var result = ReportImporter.ParseText(Report(first, second, third));
        var report = Succeeded(result);

        Assert.Equal(Expected, Outline(report));
        Assert.Equal(["加强学习。", "规范执法。"], ItemHeadings(report.Sections[0]));
        Assert.Equal("市司法局", report.Signature);
        Assert.Contains(result.Warnings, w => w.Contains("不是“一、”形式", StringComparison.Ordinal) && w.Contains(evidence, StringComparison.Ordinal));
        Assert.DoesNotContain(result.Warnings, w => w.Contains("整体作为一个部分", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unnumbered_heading_is_less_sure_than_a_numbered_one()
    {
        var unnumbered = Succeeded(ReportImporter.ParseText(Report("", "", "")));
        var numbered = Succeeded(ReportImporter.ParseText(Report("一、", "二、", "三、")));

        Assert.All(unnumbered.Sections, s => Assert.True(s.Confidence <= 0.6, $"{s.Heading}: {s.Confidence}"));
        Assert.All(numbered.Sections, s => Assert.True(s.Confidence > 0.7, $"{s.Heading}: {s.Confidence}"));
    }

    [Theory]
    [InlineData("<p><strong>{0}</strong></p>")]
    [InlineData("<p><b>{0}</b></p>")]
    [InlineData("<h2>{0}</h2>")]
    [InlineData("<h4>{0}</h4>")]
    [InlineData("<p><span style=\"font-weight:bold\">{0}</span></p>")]
    [InlineData("<p style=\"FONT-WEIGHT: 700\">{0}</p>")]
    public void Bold_and_heading_elements_of_a_web_page_are_sections(string markup)
    {
        // Headings that name no part, so that only their being set off makes them headings.
        string Heading(string text) => string.Format(System.Globalization.CultureInfo.InvariantCulture, markup, text);
        var page = $"""
            <html><body><h1>市司法局2023年度法治政府建设情况报告</h1>
            <p>2023年，市司法局坚持依法行政，现将有关情况报告如下，请审阅。</p>
            {Heading("党组重视，引领法治建设")}
            <p>（一）加强学习。组织学法4次，全体干部参加，学习效果良好。</p>
            {Heading("建章立制，完善制度体系")}
            <p>全年制定规范性文件3件，全部经过合法性审核，依法备案。</p>
            <p>市司法局</p><p>2024年1月10日</p></body></html>
            """;

        var result = ReportImporter.Import(Encoding.UTF8.GetBytes(page), "page.html");
        var report = Succeeded(result);

        Assert.Equal(["党组重视，引领法治建设", "建章立制，完善制度体系"], report.Sections.Select(s => s.Heading));
        Assert.Contains(result.Warnings, w => w.Contains("加粗或标题格式", StringComparison.Ordinal));
    }
}
