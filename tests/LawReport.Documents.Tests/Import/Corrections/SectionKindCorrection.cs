using LawReport.Documents.Import;
using LawReport.Domain.Common;
using LawReport.Domain.Reports;

namespace LawReport.Documents.Tests.Import.Corrections;

public class SectionKindCorrection
{
    [Fact]
    public void The_kind_a_person_chose_replaces_the_guess_with_full_confidence()
    {
        var report = CorrectionFixture.Report;
        Assert.True(report.Sections[1].Confidence < 1);

        var corrected = ImportCorrections.ChangeKind(report, 2, SectionKind.Other);

        Assert.Equal((SectionKind.Other, 1.0), (corrected.Sections[1].Kind, corrected.Sections[1].Confidence));
        Assert.Equal(report.Sections[1].Items, corrected.Sections[1].Items);
        Assert.Equal(report.Sections[0], corrected.Sections[0]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void A_section_that_does_not_exist_is_a_clear_error(int section)
    {
        var error = Assert.Throws<DomainException>(() => ImportCorrections.ChangeKind(CorrectionFixture.Report, section, SectionKind.Other));

        Assert.Contains($"找不到第{section}部分", error.Message, StringComparison.Ordinal);
    }
}
