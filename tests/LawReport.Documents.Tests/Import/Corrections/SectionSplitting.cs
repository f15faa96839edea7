using LawReport.Documents.Import;
using LawReport.Domain.Common;
using LawReport.Domain.Reports;
using static LawReport.Documents.Tests.Import.ImportAssertions;

namespace LawReport.Documents.Tests.Import.Corrections;

public class SectionSplitting
{
    [Fact]
    public void An_item_heading_becomes_the_heading_of_a_new_section_that_takes_the_items_from_there_on()
    {
        var report = CorrectionFixture.Report;

        var split = ImportCorrections.SplitAt(report, 1, 3);

        Assert.Equal(["主要举措和成效", "存在的不足。", "规范执法", "2024年工作安排"], split.Sections.Select(s => s.Heading));
        Assert.Equal(["加强学习。", "依法决策。"], ItemHeadings(split.Sections[0]));
        Assert.Equal([null], ItemHeadings(split.Sections[1]));
        Assert.Equal(["依法处理涉外案件的能力有待提升。"], split.Sections[1].Items.Single().Paragraphs);
        Assert.Equal(split.Sections[0].Kind, split.Sections[1].Kind);
        Assert.Equal(CorrectionFixture.AllText(report), CorrectionFixture.AllText(split));
    }

    [Fact]
    public void Splitting_and_merging_back_gives_the_report_it_started_from()
    {
        var report = CorrectionFixture.Report;

        var restored = ImportCorrections.MergeIntoPrevious(ImportCorrections.SplitAt(report, 1, 3), 2);

        Assert.Equal(Model.ReportJson.Serialize(report), Model.ReportJson.Serialize(restored));
    }

    [Fact]
    public void An_item_without_heading_starts_a_section_with_the_standard_heading_of_its_kind()
    {
        var report = CorrectionFixture.Report with
        {
            Sections = [CorrectionFixture.Report.Sections[0] with { Items = [.. CorrectionFixture.Report.Sections[0].Items, new Model.DocumentItem { Paragraphs = ["另起一段。"] }] }],
        };

        var split = ImportCorrections.SplitAt(report, 1, 4);

        Assert.Equal(SectionKind.Measures.StandardHeading(2023), split.Sections[1].Heading);
        Assert.Equal(["另起一段。"], split.Sections[1].Items.Single().Paragraphs);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Only_an_existing_item_after_the_first_can_start_a_section(int item)
    {
        var error = Assert.Throws<DomainException>(() => ImportCorrections.SplitAt(CorrectionFixture.Report, 1, item));

        Assert.Contains("只能从第二项起拆分", error.Message, StringComparison.Ordinal);
    }
}
