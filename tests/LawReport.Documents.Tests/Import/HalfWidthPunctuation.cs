using LawReport.Documents.Import;
using static LawReport.Documents.Tests.Import.ImportAssertions;

namespace LawReport.Documents.Tests.Import;

/// <summary>
/// Half-width punctuation used as Chinese punctuation (<c>,</c> <c>:</c> <c>(一)</c>) does not hide the
/// structure — numbering, run-in headings, the addressee's colon are still recognised — and the text
/// keeps the characters it was published with.
/// </summary>
public class HalfWidthPunctuation
{
    private const string Report = """
        市外办2021年度法治政府建设情况报告
        市政府:
        2021年,我办坚持依法行政。
        一、主要举措和成效
        (一)加强学习,提升能力。组织学法4次;参加培训2次。
        (二)依法办事。会议于4.15召开,时间20:00,共1,000人参加,依照《纲要(2015-2020年)》执行,电话85683342。
        (三)对外交流。参加 (Asia-Pacific Economic Cooperation, APEC) 会议。
        二、存在的不足和原因
        依法处理涉外案(事)件能力仍有待提升!
        市外办
        2021年12月20日
        """;

    private static readonly Model.ReportDocument Parsed = Succeeded(ReportImporter.ParseText(Report));

    [Fact]
    public void An_addressee_ending_with_a_half_width_colon_is_recognised_without_its_colon()
    {
        Assert.Equal("市政府", Parsed.Addressee);
        Assert.Equal(["2021年,我办坚持依法行政。"], Parsed.Preamble);
    }

    [Fact]
    public void Half_width_item_numbers_are_recognised_and_not_kept_in_the_text()
    {
        Assert.Equal(["加强学习,提升能力。", "依法办事。", "对外交流。"], ItemHeadings(Parsed.Sections[0]));
        Assert.Equal(["组织学法4次;参加培训2次。"], Parsed.Sections[0].Items[0].Paragraphs);
    }

    [Fact]
    public void Paragraphs_keep_their_half_width_punctuation_as_published()
    {
        Assert.Equal(
            ["会议于4.15召开,时间20:00,共1,000人参加,依照《纲要(2015-2020年)》执行,电话85683342。"],
            Parsed.Sections[0].Items[1].Paragraphs);
        Assert.Equal(["参加 (Asia-Pacific Economic Cooperation, APEC) 会议。"], Parsed.Sections[0].Items[2].Paragraphs);
        Assert.Equal(["依法处理涉外案(事)件能力仍有待提升!"], Parsed.Sections[1].Items.Single().Paragraphs);
    }

    [Fact]
    public void The_ending_is_recognised_after_a_paragraph_ending_with_a_half_width_mark()
    {
        Assert.Equal("市外办", Parsed.Signature);
        Assert.Equal(new DateOnly(2021, 12, 20), Parsed.DateWritten);
    }

    [Fact]
    public void A_run_in_heading_ends_at_a_half_width_exclamation_mark_between_chinese_words()
    {
        var parsed = Succeeded(ReportImporter.ParseText("""
            市外办2021年度法治政府建设情况报告
            一、主要举措和成效
            (一)依法行政有力!全年办结案件3件。
            """));

        Assert.Equal("依法行政有力!", parsed.Sections[0].Items.Single().Heading);
        Assert.Equal(["全年办结案件3件。"], parsed.Sections[0].Items.Single().Paragraphs);
    }
}
