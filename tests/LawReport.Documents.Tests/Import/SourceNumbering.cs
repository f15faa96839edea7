using LawReport.Domain.Reports;

namespace LawReport.Documents.Tests.Import;

/// <summary>The numbering sources put before headings is recognised, valued and stripped in one place (Numbering).</summary>
public class SourceNumbering
{
    [Theory]
    [InlineData("一、主要举措", NumberingStyle.Section, 1, 2)]
    [InlineData("十二、其他", NumberingStyle.Section, 12, 3)]
    [InlineData("（三）加强学习", NumberingStyle.Item, 3, 3)]
    [InlineData("(十)加强学习", NumberingStyle.Item, 10, 3)]
    [InlineData("  (一) 加强学习", NumberingStyle.Item, 1, 6)]
    [InlineData("1、建议加强", NumberingStyle.Arabic, 1, 2)]
    [InlineData("12.强化落实", NumberingStyle.Arabic, 12, 3)]
    [InlineData("（2）具体措施", NumberingStyle.ArabicParenthesized, 2, 3)]
    [InlineData("第一，坚持学习", NumberingStyle.Ordinal, 1, 3)]
    public void Leading_numbers_are_read_with_their_style_and_value(string text, NumberingStyle style, int value, int length)
    {
        Assert.Equal(new LeadingNumbering(style, value, length), Numbering.ParseLeading(text));
    }

    [Fact]
    public void A_number_lost_from_its_brackets_is_an_item_number_without_value()
    {
        Assert.Equal(new LeadingNumbering(NumberingStyle.Item, null, 2), Numbering.ParseLeading("()规范和完善各项规章制度。"));
        Assert.Equal("规范和完善各项规章制度。", Numbering.StripLeading("()规范和完善各项规章制度。"));
    }

    [Theory]
    [InlineData("2020年是决胜之年")]
    [InlineData("1.5万人次参加")]
    [InlineData("一是坚决落实")]
    [InlineData("市政府：")]
    public void Text_that_only_looks_numbered_is_not(string text)
    {
        Assert.Null(Numbering.ParseLeading(text));
    }

    [Fact]
    public void Chinese_numerals_read_back_to_their_values()
    {
        Assert.All(Enumerable.Range(1, 99), n => Assert.Equal(n, Numbering.ChineseNumeralValue(Numbering.ChineseNumeral(n))));
        Assert.Null(Numbering.ChineseNumeralValue("十十"));
        Assert.Null(Numbering.ChineseNumeralValue("〇"));
        Assert.Null(Numbering.ChineseNumeralValue(""));
    }
}
