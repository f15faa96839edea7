using LawReport.Domain.Common;

namespace LawReport.Domain.Tests.Common;

public class PlainTextRules
{
    [Fact]
    public void A_line_loses_control_and_invisible_characters_and_its_breaks()
    {
        Assert.Equal("市委、 市政府", PlainText.Line("\uFEFF 市委、\n市政府\u200B\u0000 "));
    }

    [Fact]
    public void Paragraphs_are_separated_by_blank_lines_whatever_the_line_endings()
    {
        Assert.Equal(["甲乙", "丙"], PlainText.Paragraphs("甲\r\n乙\r\n \r\n丙\r"));
    }

    [Fact]
    public void The_stored_block_round_trips()
    {
        var block = PlainText.Block("第一段。\n\n\n第二段。");

        Assert.Equal("第一段。\n\n第二段。", block);
        Assert.Equal(block, PlainText.Block(block));
    }

    [Fact]
    public void The_visible_length_ignores_whitespace() => Assert.Equal(4, PlainText.VisibleLength(" 法治\n\n政府 "));
}
