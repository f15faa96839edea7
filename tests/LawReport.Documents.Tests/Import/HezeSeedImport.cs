using LawReport.Domain.Reports;
using static LawReport.Documents.Tests.Import.ImportAssertions;

namespace LawReport.Documents.Tests.Import;

/// <summary>Seed 004, Heze 2024: stand-alone item headings, a lost item number, an empty last section, short signature.</summary>
public class HezeSeedImport
{
    private static readonly Model.ReportDocument Report = ImportSeed("004");

    [Fact]
    public void Title_year_addressee_and_preamble_are_read_past_the_page_chrome()
    {
        Assert.Equal("市外办2024年度法治政府建设情况报告", Report.Title);
        Assert.Equal(2024, Report.Year);
        Assert.Equal("市外办", Report.Bureau);
        Assert.Equal("市委、市政府", Report.Addressee);
        AssertStarts("2024年,市外办始终坚持以习近平新时代中国特色社会主义思想为指导", Report.Preamble.Single());
    }

    [Fact]
    public void All_five_parts_are_found_including_the_empty_other_part()
    {
        Assert.Equal(
            [
                (SectionKind.Measures, "主要举措和成效"),
                (SectionKind.Problems, "问题与不足"),
                (SectionKind.LeaderDuties, "学习宣传贯彻习近平法治思想及主要负责人履行推进治建设第一责任人职责情况"),
                (SectionKind.NextYearPlans, "2025年度推进法治政府建设的主要安排"),
                (SectionKind.Other, "其他需要报告的内容"),
            ],
            Outline(Report));
        Assert.Empty(Report.Sections[4].Items);
    }

    [Fact]
    public void Headings_without_a_full_stop_stand_on_their_own_line()
    {
        var measures = Report.Sections[0];
        Assert.Equal(["以学习为先导,强化依法行政意识", "坚持“外事为民”,依法履职尽责", "夯实阵地建设,持续提升普法实效", "规范行政决策程序,提高依法行政水平"], ItemHeadings(measures));
        AssertStarts("一是坚决落实国家工作人员学法用法制度。", measures.Items[0].Paragraphs.Single());
    }

    [Fact]
    public void A_heading_run_into_its_first_point_is_cut_before_yi_shi()
    {
        AssertStarts("一是着力提升依法科学民主决策水平。", Report.Sections[0].Items[3].Paragraphs.Single());
    }

    [Fact]
    public void An_item_whose_number_was_lost_is_kept_in_its_place()
    {
        Assert.Equal([null, "发挥“关键少数”引领作用。", "规范和完善各项规章制度。", "扎实推进任务落实。"], ItemHeadings(Report.Sections[2]));
        var result = ImportSeedFile("004");
        Assert.Contains(result.Warnings, w => w.Contains("“()规范和完善各项规章制度", StringComparison.Ordinal) && w.Contains("缺少编号", StringComparison.Ordinal));
    }

    [Fact]
    public void Signature_and_date_are_read_and_the_closing_chrome_is_dropped()
    {
        Assert.Equal("市外办", Report.Signature);
        Assert.Equal(new DateOnly(2024, 12, 25), Report.DateWritten);
        Assert.Equal("", Report.Note);
        Assert.Null(Report.Metadata);
    }

    [Fact]
    public void Angle_brackets_inside_a_book_title_are_kept_as_published()
    {
        Assert.Contains("《菏泽市贯彻落实<法治政府建设实施纲要(2021-2025年)> 实施方案》", Report.Preamble[0], StringComparison.Ordinal);
    }
}
