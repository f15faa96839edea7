using LawReport.Domain.Common;
using LawReport.Domain.Reports;
using LawReport.Domain.Tests.Builders;

namespace LawReport.Domain.Tests.Reports;

public class ReportContentEditing
{
    private static readonly DateTimeOffset At = ReportBuilder.Start.AddDays(1);

    public static TheoryData<ReportStatus> LockedStatuses() =>
        [ReportStatus.AwaitingSignOff, ReportStatus.Submitted, ReportStatus.InReview, ReportStatus.Approved, ReportStatus.Published, ReportStatus.Withdrawn];

    [Theory]
    [MemberData(nameof(LockedStatuses))]
    public void Content_is_locked_outside_draft_and_returned(ReportStatus status)
    {
        var report = ReportBuilder.In(status).Build();
        var version = report.Version;

        Assert.Throws<ReportLockedException>(() => report.UpdateSection(1, "新标题", [new ReportItemContent(null, "正文")], At));
        Assert.Throws<ReportLockedException>(() => report.UpdateDetails("标题", "市政府", "", "", "", null, "", At));
        Assert.Throws<ReportLockedException>(() => report.AddItem(1, new ReportItemContent(null, "正文"), At));
        Assert.Throws<ReportLockedException>(() => report.MoveSection(2, -1, At));
        Assert.Throws<ReportLockedException>(() => report.AddSection(SectionKind.Other, "其他", At));
        Assert.Equal(version, report.Version);
    }

    [Fact]
    public void A_returned_report_can_be_edited_again()
    {
        var report = ReportBuilder.In(ReportStatus.Returned).Build();

        report.UpdateSection(2, "存在的不足和原因", [new ReportItemContent(null, "专业力量不足。")], At);

        Assert.Equal("专业力量不足。", report.Sections[1].Items.Single().Body);
    }

    [Fact]
    public void Every_change_gives_a_new_concurrency_token()
    {
        var report = ReportBuilder.InDraft().Build();
        var first = report.Version;

        report.UpdateDetails("新标题", "市委、市政府：", "", "", "市外办", new DateOnly(2026, 2, 20), "（此件公开发布）", At);

        Assert.NotEqual(first, report.Version);
        Assert.Equal(At, report.UpdatedAt);
    }

    [Fact]
    public void Typed_numbering_is_removed_from_headings_because_it_is_generated()
    {
        var report = ReportBuilder.InDraft().Build();

        report.UpdateSection(1, "一、主要举措和成效", [new ReportItemContent("（一）科学规划年度工作。", "正文")], At);

        Assert.Equal("主要举措和成效", report.Sections[0].Heading);
        Assert.Equal("科学规划年度工作。", report.Sections[0].Items[0].Heading);
    }

    [Fact]
    public void Body_text_is_split_into_paragraphs_at_blank_lines_and_control_characters_are_removed()
    {
        var report = ReportBuilder.InDraft().Build();

        report.UpdateSection(1, "举措", [new ReportItemContent(null, "第一段\r\n接着写\u0007。\r\n\r\n\r\n  第二段。 ")], At);

        Assert.Equal(["第一段接着写。", "第二段。"], report.Sections[0].Items[0].Paragraphs);
    }

    [Fact]
    public void Empty_items_are_dropped_when_a_section_is_saved()
    {
        var report = ReportBuilder.InDraft().Build();

        report.UpdateSection(1, "举措", [new ReportItemContent(" ", ""), new ReportItemContent(null, "有内容")], At);

        var item = Assert.Single(report.Sections[0].Items);
        Assert.Equal(1, item.Order);
    }

    [Fact]
    public void Text_over_the_limit_is_refused_with_the_length_in_the_message()
    {
        var report = ReportBuilder.InDraft().Build();
        var tooLong = new string('法', AnnualReportLimits.ItemBodyMaxLength + 1);
        var before = report.Sections[0].Items.Select(i => i.Content).ToList();

        var error = Assert.Throws<DomainException>(() => report.UpdateSection(1, "举措", [new ReportItemContent(null, tooLong)], At));

        Assert.Contains($"不能超过{AnnualReportLimits.ItemBodyMaxLength}个字符", error.Message);
        Assert.Equal(before, report.Sections[0].Items.Select(i => i.Content));
    }

    [Fact]
    public void A_title_is_required()
    {
        var report = ReportBuilder.InDraft().Build();

        var error = Assert.Throws<DomainException>(() => report.UpdateDetails("  ", "市政府", "", "", "", null, "", At));

        Assert.Contains("标题不能为空", error.Message);
    }

    [Fact]
    public void The_addressee_is_stored_without_its_colon()
    {
        var report = ReportBuilder.InDraft().Build();

        report.UpdateDetails("标题", "市委、市政府：", "", "", "", null, "", At);

        Assert.Equal("市委、市政府", report.Addressee);
    }
}

public class ItemOrdering
{
    private static readonly DateTimeOffset At = ReportBuilder.Start.AddDays(1);

    private static AnnualReport ThreeItems() => ReportBuilder.InDraft()
        .WithSection(SectionKind.Measures, new ReportItemContent("甲。", ""), new ReportItemContent("乙。", ""), new ReportItemContent("丙。", ""))
        .WithSection(SectionKind.Problems)
        .Build();

    private static IEnumerable<string> Headings(AnnualReport report) => report.Sections[0].Items.Select(i => i.Heading);

    [Fact]
    public void Added_items_go_to_the_end()
    {
        var report = ThreeItems();

        report.AddItem(1, new ReportItemContent("丁。", ""), At);

        Assert.Equal(["甲。", "乙。", "丙。", "丁。"], Headings(report));
        Assert.Equal([1, 2, 3, 4], report.Sections[0].Items.Select(i => i.Order));
    }

    [Fact]
    public void An_item_moves_up_and_down_one_place()
    {
        var report = ThreeItems();

        report.MoveItem(1, 3, -1, At);
        Assert.Equal(["甲。", "丙。", "乙。"], Headings(report));

        report.MoveItem(1, 1, +1, At);
        Assert.Equal(["丙。", "甲。", "乙。"], Headings(report));
    }

    [Theory]
    [InlineData(1, -1, "已在最前面")]
    [InlineData(3, +1, "已在最后面")]
    public void Moving_past_either_end_is_refused(int position, int direction, string message)
    {
        var report = ThreeItems();
        var version = report.Version;

        var error = Assert.Throws<DomainException>(() => report.MoveItem(1, position, direction, At));

        Assert.Contains(message, error.Message);
        Assert.Equal(["甲。", "乙。", "丙。"], Headings(report));
        Assert.Equal(version, report.Version);
    }

    [Fact]
    public void Removing_an_item_closes_the_gap()
    {
        var report = ThreeItems();

        report.RemoveItem(1, 2, At);

        Assert.Equal(["甲。", "丙。"], Headings(report));
        Assert.Equal([1, 2], report.Sections[0].Items.Select(i => i.Order));
    }

    [Fact]
    public void An_item_that_is_not_there_is_reported_not_ignored()
    {
        var report = ThreeItems();

        var error = Assert.Throws<DomainException>(() => report.RemoveItem(1, 7, At));

        Assert.Contains("找不到这一条", error.Message);
    }

    [Fact]
    public void Sections_move_too_and_keep_consecutive_positions()
    {
        var report = ThreeItems();

        report.MoveSection(2, -1, At);

        Assert.Equal([SectionKind.Problems, SectionKind.Measures], report.Sections.Select(s => s.Kind));
        Assert.Equal([1, 2], report.Sections.Select(s => s.Order));
    }
}
