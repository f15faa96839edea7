using LawReport.Documents.Layout;
using static LawReport.Documents.Tests.Layout.ReportBuilder;

namespace LawReport.Documents.Tests.Layout;

public class GeneratedNumbering
{
    [Fact]
    public void Sections_are_numbered_in_order_and_items_restart_in_each_section()
    {
        var report = WithOneLineParagraphs(0,
            Section("主要举措", Item("科学规划", "段落"), Item("依法履职", "段落")),
            Section("存在不足", Item("制度建设", "段落")));

        var headings = HeadingTexts(report);

        Assert.Equal(["一、主要举措", "（一）科学规划", "（二）依法履职", "二、存在不足", "（一）制度建设"], headings);
    }

    [Fact]
    public void Items_without_a_heading_take_no_number()
    {
        var report = WithOneLineParagraphs(0, Section("主要举措", Item(null, "引言段落。"), Item("科学规划", "段落")));

        Assert.Equal(["一、主要举措", "（一）科学规划"], HeadingTexts(report));
    }

    [Fact]
    public void Numbering_a_user_typed_is_not_doubled()
    {
        var report = WithOneLineParagraphs(0, Section("一、主要举措", Item("（一）科学规划", "段落")));

        Assert.Equal(["一、主要举措", "（一）科学规划"], HeadingTexts(report));
    }

    [Fact]
    public void A_heading_ending_with_a_full_stop_runs_into_its_first_paragraph()
    {
        var report = WithOneLineParagraphs(0, Section("主要举措", Item("科学规划年度工作。", "根据要点明确任务。", "第二段。")));

        var body = ReportLayoutEngine.Layout(report).Pages[0].Lines.Where(l => l.Kind == LineKind.Body).ToList();

        Assert.Equal("（一）科学规划年度工作。根据要点明确任务。", body[0].Text);
        Assert.All(body[0].Glyphs.Take(12), g => Assert.Equal(FontRole.Heading2, g.Role));
        Assert.All(body[0].Glyphs.Skip(12), g => Assert.Equal(FontRole.Body, g.Role));
        Assert.Equal("第二段。", body[1].Text);
    }

    [Fact]
    public void A_heading_without_a_full_stop_stands_on_its_own_line_in_the_kai_role()
    {
        var report = WithOneLineParagraphs(0, Section("主要举措", Item("以学习为先导，强化依法行政意识", "一是落实学法制度。")));

        var lines = ReportLayoutEngine.Layout(report).Pages[0].Lines.Where(l => l.Kind is LineKind.Heading or LineKind.Body).ToList();

        Assert.Equal("（一）以学习为先导，强化依法行政意识", lines[1].Text);
        Assert.All(lines[1].Glyphs, g => Assert.Equal(FontRole.Heading2, g.Role));
        Assert.All(lines[0].Glyphs, g => Assert.Equal(FontRole.Heading1, g.Role));
        Assert.Equal("一是落实学法制度。", lines[2].Text);
    }

    private static List<string> HeadingTexts(LawReport.Documents.Model.ReportDocument report) =>
        ReportLayoutEngine.Layout(report).Pages.SelectMany(p => p.Lines)
            .Where(l => l.Glyphs.Any(g => g.Role is FontRole.Heading1 or FontRole.Heading2))
            .Select(l => string.Concat(l.Glyphs.Where(g => g.Role is FontRole.Heading1 or FontRole.Heading2).Select(g => g.Text)))
            .ToList();
}
