using LawReport.Documents.Import;
using LawReport.Domain.Common;
using static LawReport.Documents.Tests.Import.ImportAssertions;

namespace LawReport.Documents.Tests.Import.Corrections;

public class SectionMerging
{
    [Fact]
    public void A_merged_section_heading_heads_its_first_item_inside_the_previous_section()
    {
        var report = CorrectionFixture.Report;

        var merged = ImportCorrections.MergeIntoPrevious(report, 2);

        Assert.Equal(["主要举措和成效", "2024年工作安排"], merged.Sections.Select(s => s.Heading));
        Assert.Equal(["加强学习。", "依法决策。", "存在的不足。", "规范执法"], ItemHeadings(merged.Sections[0]));
        Assert.Equal(["执法案卷全部合格。"], merged.Sections[0].Items[3].Paragraphs);
        Assert.Equal(CorrectionFixture.AllText(report), CorrectionFixture.AllText(merged));
    }

    [Fact]
    public void When_the_first_item_has_a_heading_the_section_heading_becomes_an_item_of_its_own()
    {
        var sections = CorrectionFixture.Report.Sections;
        var report = CorrectionFixture.Report with { Sections = [sections[2], sections[0]] };

        var merged = ImportCorrections.MergeIntoPrevious(report, 2);

        Assert.Equal([null, "主要举措和成效", "加强学习。", "依法决策。", "存在的不足。"], ItemHeadings(merged.Sections.Single()));
        Assert.Empty(merged.Sections.Single().Items[1].Paragraphs);
        Assert.Equal(CorrectionFixture.AllText(report), CorrectionFixture.AllText(merged));
    }

    [Fact]
    public void The_first_section_has_nothing_to_merge_into()
    {
        var error = Assert.Throws<DomainException>(() => ImportCorrections.MergeIntoPrevious(CorrectionFixture.Report, 1));

        Assert.Equal("第一部分之前没有其他部分，无法并入。", error.Message);
    }
}
