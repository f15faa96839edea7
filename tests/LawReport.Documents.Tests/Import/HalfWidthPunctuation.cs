using LawReport.Documents.Import;
using static LawReport.Documents.Tests.Import.ImportAssertions;

namespace LawReport.Documents.Tests.Import;

/// <summary>Half-width punctuation that is clearly Chinese becomes full-width; numbers and Latin text keep theirs.</summary>
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
    public void Commas_colons_and_semicolons_between_chinese_become_full_width()
    {
        Assert.Equal("市政府", Parsed.Addressee);
        Assert.Equal(["2021年，我办坚持依法行政。"], Parsed.Preamble);
        Assert.Equal("加强学习，提升能力。", Parsed.Sections[0].Items[0].Heading);
        Assert.Equal(["组织学法4次；参加培训2次。"], Parsed.Sections[0].Items[0].Paragraphs);
    }

    [Fact]
    public void Half_width_item_numbers_and_brackets_in_chinese_become_full_width()
    {
        Assert.Equal(3, Parsed.Sections[0].Items.Count);
        Assert.Equal(["依法处理涉外案（事）件能力仍有待提升！"], Parsed.Sections[1].Items.Single().Paragraphs);
    }

    [Fact]
    public void Numbers_times_phone_numbers_and_latin_text_keep_their_punctuation()
    {
        Assert.Equal(
            ["会议于4.15召开，时间20:00，共1,000人参加，依照《纲要（2015-2020年）》执行，电话85683342。"],
            Parsed.Sections[0].Items[1].Paragraphs);
        Assert.Equal(["参加 (Asia-Pacific Economic Cooperation, APEC) 会议。"], Parsed.Sections[0].Items[2].Paragraphs);
    }
}
