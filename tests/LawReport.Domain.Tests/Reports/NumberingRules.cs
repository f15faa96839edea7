using LawReport.Domain.Reports;

namespace LawReport.Domain.Tests.Reports;

public class NumberingRules
{
    [Theory]
    [InlineData(1, "一")]
    [InlineData(9, "九")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(20, "二十")]
    [InlineData(21, "二十一")]
    [InlineData(99, "九十九")]
    [InlineData(100, "100")]
    public void Chinese_numerals(int number, string expected) => Assert.Equal(expected, Numbering.ChineseNumeral(number));

    [Fact]
    public void Labels_of_the_two_heading_levels()
    {
        Assert.Equal("三、", Numbering.SectionLabel(3));
        Assert.Equal("（十二）", Numbering.ItemLabel(12));
    }

    [Theory]
    [InlineData("一、法治工作总结", "法治工作总结")]
    [InlineData("十二、其他", "其他")]
    [InlineData("（一）科学规划年度工作。", "科学规划年度工作。")]
    [InlineData("(二) 依法全面履行职能", "依法全面履行职能")]
    [InlineData("1、疫情防控常态化背景下", "疫情防控常态化背景下")]
    [InlineData("3.加强对文件的规范管理", "加强对文件的规范管理")]
    [InlineData("（3）加强监督", "加强监督")]
    [InlineData("第一，加强学习", "加强学习")]
    public void Typed_numbering_is_stripped(string heading, string expected) => Assert.Equal(expected, Numbering.StripLeading(heading));

    [Theory]
    [InlineData("2020年是全面建成小康社会的决战决胜之年")]
    [InlineData("4.15全民国家安全教育日")]
    [InlineData("一是坚决落实学法用法制度")]
    [InlineData("十四五规划")]
    public void Text_that_merely_starts_with_a_number_is_kept(string heading) => Assert.Equal(heading, Numbering.StripLeading(heading));
}
