using LawReport.Domain.Common;
using LawReport.Domain.Reports;
using LawReport.Domain.Tests.Builders;

namespace LawReport.Domain.Tests.Reports;

public class RevisionComparisons
{
    private static readonly DateTimeOffset At = ReportBuilder.Start.AddDays(20);

    [Fact]
    public void A_first_submission_has_nothing_to_compare_with_and_shows_every_section_unchanged()
    {
        var report = ReportBuilder.In(ReportStatus.InReview)
            .WithSection(SectionKind.Measures, new ReportItemContent("科学规划年度工作。", "制定年度要点。"))
            .Build();

        var comparison = RevisionComparison.ForLatest(report)!;

        Assert.False(comparison.HasPrevious);
        Assert.Equal(5, comparison.Sections.Count);
        Assert.All(comparison.Sections, s => Assert.False(s.IsChanged));
        var section = comparison.Sections[0];
        Assert.Equal(["（一）科学规划年度工作。", "制定年度要点。"], section.Paragraphs.Select(p => p.NewText));
        Assert.Equal(0, comparison.ChangedSections);
    }

    [Fact]
    public void A_resubmission_is_compared_section_by_section_with_the_returned_revision()
    {
        var report = ReportBuilder.In(ReportStatus.InReview)
            .WithSection(SectionKind.Measures, new ReportItemContent(null, "全年办理案件12件。"))
            .WithSection(SectionKind.Problems, new ReportItemContent(null, "专业力量有待加强。"))
            .Build();
        report.Return(ReportBuilder.Reviewer, "请补充。", At);
        report.UpdateSection(2, "存在的不足和原因", [new ReportItemContent(null, "专业力量不足。")], At);
        report.SubmitForSignOff(ReportBuilder.Filer, At);
        report.SignOff(ReportBuilder.Lead, At);

        var comparison = RevisionComparison.ForLatest(report)!;

        Assert.True(comparison.HasPrevious);
        Assert.False(comparison.Sections[0].IsChanged);
        var changed = comparison.Sections[1];
        Assert.True(changed.IsChanged);
        Assert.Contains(changed.HeadingSegments, s => s.Operation == DiffOperation.Delete && s.Text == "2025年推进法治政府建设");
        Assert.Equal("专业力量不足。", Assert.Single(changed.Paragraphs).NewText);
        Assert.Equal(1, comparison.ChangedSections);
    }

    [Fact]
    public void Added_and_removed_sections_are_marked()
    {
        var two = ReportTemplate.Standard("市外办", "市政府", 2025);
        var three = two with { Sections = [.. two.Sections, new SectionContent(SectionKind.Other, "补充说明", [new ReportItemContent(null, "新增内容。")])] };

        var added = RevisionComparison.Compare(two, three).Sections[^1];
        var removed = RevisionComparison.Compare(three, two).Sections[^1];

        Assert.True(added.IsNew);
        Assert.Equal(ParagraphChange.Added, Assert.Single(added.Paragraphs).Change);
        Assert.True(removed.IsRemoved);
        Assert.Equal("补充说明", removed.Heading);
        Assert.Equal(ParagraphChange.Removed, Assert.Single(removed.Paragraphs).Change);
    }

    [Fact]
    public void The_opening_and_the_ending_are_compared_too()
    {
        var before = ReportTemplate.Standard("市外办", "市政府", 2025) with { Preamble = "2025年，市外办……" };
        var after = before with { Preamble = "2025年，市外办坚持……", DateWritten = new DateOnly(2026, 2, 20) };

        var comparison = RevisionComparison.Compare(before, after);

        Assert.Contains(comparison.Opening, p => p.Change == ParagraphChange.Changed);
        Assert.Contains(comparison.Ending, p => p.Change == ParagraphChange.Added && p.NewText == "2026年2月20日");
    }
}
