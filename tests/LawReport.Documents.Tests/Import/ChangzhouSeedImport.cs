using LawReport.Documents.Model;
using LawReport.Domain.Reports;
using static LawReport.Documents.Tests.Import.ImportAssertions;

namespace LawReport.Documents.Tests.Import;

/// <summary>Seed 002, Changzhou 2021: a disclosure page with metadata, topical headings and a second list that is next year's plan.</summary>
public class ChangzhouSeedImport
{
    private static readonly ReportDocument Report = ImportSeed("002");

    [Fact]
    public void The_disclosure_metadata_of_the_page_is_read()
    {
        Assert.Equal(
            new DisclosureMetadata
            {
                IndexNumber = "014109568/2022-00012",
                Category = "其他",
                Publisher = "市外事办",
                DateGenerated = new DateOnly(2022, 3, 21),
                DatePublished = new DateOnly(2022, 3, 22),
                DisclosureMethod = "主动公开",
                DocumentNumber = null,
                Validity = "有效",
                Summary = "常州市人民政府外事办公室2021年度法治政府建设情况报告",
            },
            Report.Metadata);
    }

    [Fact]
    public void Page_chrome_and_metadata_are_not_part_of_the_report()
    {
        Assert.Equal("常州市人民政府外事办公室2021年度法治政府建设情况报告", Report.Title);
        Assert.Equal(2021, Report.Year);
        Assert.Equal("常州市人民政府外事办公室", Report.Bureau);
        Assert.Equal("", Report.Addressee);
        AssertStarts("2021年,在办党组的领导下,市外办认真贯彻落实习近平法治思想", Report.Preamble.Single());
        var allText = string.Concat(Report.Sections.SelectMany(s => s.Items).SelectMany(i => i.Paragraphs));
        Assert.DoesNotContain("扫一扫", allText, StringComparison.Ordinal);
        Assert.DoesNotContain("浏览次数", allText, StringComparison.Ordinal);
    }

    [Fact]
    public void Five_topical_sections_are_measures_and_the_restarted_list_is_next_years_plan()
    {
        Assert.Equal(
            [
                (SectionKind.Measures, "党组重视,引领法治政府建设"),
                (SectionKind.Measures, "建章立制,完善法治建设内容"),
                (SectionKind.Measures, "压实责任,依法防范重大风险"),
                (SectionKind.Measures, "强化监督,推进科学民主决策"),
                (SectionKind.Measures, "加强学习,提升依法行政能力"),
                (SectionKind.NextYearPlans, "2022年推进法治政府建设的主要安排"),
            ],
            Outline(Report));
    }

    [Fact]
    public void Topical_headings_that_name_no_kind_are_flagged_as_unsure()
    {
        Assert.All(Report.Sections.Take(5), s => Assert.True(s.Confidence < 0.7, $"{s.Heading}: {s.Confidence}"));
        Assert.True(Report.Sections[5].Confidence >= 0.8);
    }

    [Fact]
    public void The_plan_list_keeps_its_introduction_its_five_headings_and_its_numbered_points()
    {
        var plans = Report.Sections[5];
        Assert.Equal([null, "依法全面履行政府职能", "完善依法行政制度体系", "推进依法科学民主决策", "强化行政权力制约监督", "落实法治政府建设保障"], ItemHeadings(plans));
        AssertStarts("2022年,市外办以习近平法治思想为指导", plans.Items[0].Paragraphs.Single());
        Assert.Equal(12, plans.Items.Skip(1).Sum(i => i.Paragraphs.Count));
        AssertStarts("1.创优营商环境。", plans.Items[1].Paragraphs[0]);
        AssertStarts("12.强化法治政府建设工作落实。", plans.Items[5].Paragraphs[^1]);
        Assert.Contains("举办电话85683342的作用", plans.Items[4].Paragraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_measures_section_does_not_keep_the_plan_introduction()
    {
        AssertStarts("学习是提升能力的重要途径", Report.Sections[4].Items.Single().Paragraphs.Single());
    }

    [Fact]
    public void The_note_is_read_as_published_and_there_is_no_signature_or_date()
    {
        Assert.Equal("(此件公开发布)", Report.Note);
        Assert.Equal("", Report.Signature);
        Assert.Null(Report.DateWritten);
    }
}
