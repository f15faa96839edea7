using LawReport.Domain.Reports;
using static LawReport.Documents.Tests.Import.ImportAssertions;

namespace LawReport.Documents.Tests.Import;

/// <summary>Seed 003, Beijing 2023: traditional characters, page chrome, a date/source line, no signature.</summary>
public class BeijingSeedImport
{
    private static readonly Model.ReportDocument Report = ImportSeed("003");

    [Fact]
    public void Traditional_characters_are_kept_as_written()
    {
        Assert.Equal("北京市人民政府外事辦公室2023年法治政府建設年度情況報告", Report.Title);
        Assert.Equal("北京市人民政府外事辦公室", Report.Bureau);
        Assert.Equal(2023, Report.Year);
        AssertStarts("2023年,市政府外辦堅持以習近平新時代中國特色社會主義思想", Report.Preamble.Single());
    }

    [Fact]
    public void Traditional_headings_indented_with_spaces_are_classified()
    {
        Assert.Equal(
            [
                (SectionKind.Measures, "2023年推進法治政府建設的主要舉措和成效"),
                (SectionKind.Problems, "推進法治政府建設存在的問題與不足"),
                (SectionKind.LeaderDuties, "2023年主要負責人履行推進法治建設第一責任人職責情況"),
                (SectionKind.NextYearPlans, "2024年推進法治政府建設的主要思路安排"),
            ],
            Outline(Report));
        Assert.All(Report.Sections, s => Assert.True(s.Confidence >= 0.9, $"{s.Heading}: {s.Confidence}"));
    }

    [Fact]
    public void Half_width_item_numbers_are_read_as_items()
    {
        Assert.Equal(10, Report.Sections[0].Items.Count);
        Assert.Equal("深入學習宣傳貫徹黨的二十大精神和習近平法治思想。", Report.Sections[0].Items[0].Heading);
        Assert.Equal("聚焦高水準開放,深入實施《北京市國際交往語言環境建設條例》(以下簡稱條例)。", Report.Sections[0].Items[2].Heading);
        Assert.Equal([null, "發揮“關鍵少數”引領作用。", "持續完善制度體系。", "紮實推進任務落實。"], ItemHeadings(Report.Sections[2]));
        Assert.Equal(4, Report.Sections[3].Items.Count);
    }

    [Fact]
    public void The_date_and_source_line_is_metadata_and_the_chrome_is_dropped()
    {
        Assert.Equal(new DateOnly(2024, 3, 30), Report.Metadata?.DatePublished);
        Assert.Equal("北京市人民政府外事辦公室", Report.Metadata?.Publisher);
        Assert.Null(Report.DateWritten);
        Assert.Equal("", Report.Signature);
        Assert.Equal("", Report.Note);
        var lastParagraph = Report.Sections[^1].Items[^1].Paragraphs[^1];
        Assert.EndsWith("提升我市居民和企業涉外風險防範意識和能力。", lastParagraph, StringComparison.Ordinal);
    }
}
