using LawReport.Documents.Layout;
using LawReport.Documents.Model;

namespace LawReport.Documents.Tests.Layout;

/// <summary>
/// 公文 punctuation (GB/T 15834) is applied when the text is set, never to the stored text (ADR-007):
/// the seeds keep their half-width commas, the official document does not.
/// </summary>
public class RenderTimePunctuation
{
    [Theory]
    [InlineData("坚持依法行政,推进法治建设;完善制度:一是", "坚持依法行政，推进法治建设；完善制度：一是")]
    [InlineData("是否落实?必须落实!", "是否落实？必须落实！")]
    [InlineData("法治政府建设实施纲要(2015-2020年)", "法治政府建设实施纲要（2015-2020年）")]
    [InlineData("合格率100%,依托平台", "合格率100%，依托平台")]
    [InlineData("学习贯彻党的二十大精神, 加强", "学习贯彻党的二十大精神，加强")]
    [InlineData("学习贯彻党的二十大精神 加强", "学习贯彻党的二十大精神加强")]
    [InlineData("《菏泽市贯彻落实<法治政府建设实施纲要>实施方案》", "《菏泽市贯彻落实〈法治政府建设实施纲要〉实施方案》")]
    public void Half_width_marks_next_to_chinese_text_become_full_width(string stored, string set) =>
        Assert.Equal(set, OfficialPunctuation.Apply(stored));

    [Theory]
    [InlineData("全年支出2,345.67万元")]
    [InlineData("会议于12:30开始")]
    [InlineData("推广 APEC card (Asia-Pacific) now")]
    [InlineData("Rule of law: a report")]
    public void Numbers_times_and_latin_text_stay_as_written(string text) =>
        Assert.Equal(text, OfficialPunctuation.Apply(text));

    [Fact]
    public void Ascii_quotes_become_paired_chinese_quotes()
    {
        Assert.Equal("坚持“外事为民”，落实‘谁执法谁普法’", OfficialPunctuation.Apply("坚持\"外事为民\",落实'谁执法谁普法'"));
    }

    [Fact]
    public void Urls_and_e_mail_addresses_are_left_alone()
    {
        const string text = "详见http://www.cq.gov.cn/a,b?x=1:2或来信至fao@cq.gov.cn,谢谢";

        Assert.Equal("详见http://www.cq.gov.cn/a,b?x=1:2或来信至fao@cq.gov.cn，谢谢", OfficialPunctuation.Apply(text));
    }

    [Fact]
    public void The_laid_out_text_is_set_with_full_width_marks_and_the_report_keeps_its_own()
    {
        var report = new ReportDocument { Title = "测试报告", Preamble = ["依据纲要(2015-2020年),推进工作"] };

        var text = LayoutAssertions.ReadingText(ReportLayoutEngine.Layout(report));

        Assert.Contains("依据纲要（2015-2020年），推进工作", text, StringComparison.Ordinal);
        Assert.Equal("依据纲要(2015-2020年),推进工作", report.Preamble[0]);
    }
}
