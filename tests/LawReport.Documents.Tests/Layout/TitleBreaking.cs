using LawReport.Documents.Layout;
using LawReport.Documents.Model;

namespace LawReport.Documents.Tests.Layout;

public class TitleBreaking
{
    [Fact]
    public void A_long_title_is_broken_after_a_whole_phrase()
    {
        var lines = TitleLines("重庆市人民政府外事办公室关于2020年度法治政府建设情况的报告");

        Assert.Equal(["重庆市人民政府外事办公室关于", "2020年度法治政府建设情况的报告"], lines.Select(l => l.Text));
    }

    [Theory]
    [InlineData("北京市人民政府外事辦公室2023年法治政府建設年度情況報告")]
    [InlineData("常州市人民政府外事办公室2021年度法治政府建设情况报告")]
    [InlineData("某某市某某区人民政府关于2024年度法治政府建设工作推进情况和2025年主要安排的报告")]
    public void No_title_line_breaks_inside_a_word_or_number(string title)
    {
        var lines = TitleLines(title);

        Assert.True(lines.Count > 1);
        Assert.Equal(title, string.Concat(lines.Select(l => l.Text)));
        var words = new[] { "法治政府", "人民政府", "办公室", "辦公室", "年度", "报告", "報告", "2023年", "2021年", "2024年", "2025年" };
        var breaks = lines.SkipLast(1).Select((_, i) => lines.Take(i + 1).Sum(l => l.Text.Length)).ToList();
        foreach (var word in words)
        {
            for (var at = title.IndexOf(word, StringComparison.Ordinal); at >= 0; at = title.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                Assert.DoesNotContain(breaks, b => b > at && b < at + word.Length);
            }
        }
    }

    [Fact]
    public void Title_lines_are_centred_in_the_text_block()
    {
        foreach (var line in TitleLines("重庆市人民政府外事办公室关于2020年度法治政府建设情况的报告"))
        {
            Assert.Equal(line.Left - PageGeometry.TextLeft, PageGeometry.TextRight - line.Right, 6);
            Assert.Equal(PageGeometry.TitleSize, line.FontSize);
        }
    }

    [Fact]
    public void A_short_title_stays_on_one_line()
    {
        Assert.Single(TitleLines("市外办2024年度法治政府建设情况报告"));
    }

    private static List<PlacedLine> TitleLines(string title) =>
        ReportLayoutEngine.Layout(new ReportDocument { Title = title }).Pages[0].Lines.Where(l => l.Kind == LineKind.Title).ToList();
}

/// <summary>An organisation's name is one word of a title: 重庆市人民政府港澳事务办公室 is never broken after 人民政府.</summary>
public class TitleOrganisationNames
{
    [Theory]
    [InlineData("重庆市人民政府港澳事务办公室法治政府建设年度报告")]
    [InlineData("重庆市人民政府港澳事务办公室2024年法治工作报告")]
    [InlineData("重庆市人民政府港澳事务办公室2024年度法治政府建设情况报告")]
    [InlineData("重庆市人民政府港澳事务办公室关于2024年度法治政府建设情况的报告")]
    [InlineData("重庆市人民政府港澳事务办公室关于2024年度法治政府建设工作情况和2025年工作安排的报告")]
    [InlineData("关于重庆市人民政府港澳事务办公室2024年度法治政府建设情况的报告")]
    [InlineData("北京市人民政府外事辦公室2023年法治政府建設年度情況報告")]
    public void A_title_is_not_broken_inside_the_name_of_a_bureau(string title)
    {
        var lines = ReportLayoutEngine.Layout(new ReportDocument { Title = title }).Pages[0].Lines
            .Where(l => l.Kind == LineKind.Title).Select(l => l.Text).ToList();

        Assert.Equal(title, string.Concat(lines));
        Assert.Contains(lines, l => l.Contains("人民政府港澳事务办公室", StringComparison.Ordinal) || l.Contains("人民政府外事辦公室", StringComparison.Ordinal));
    }
}
