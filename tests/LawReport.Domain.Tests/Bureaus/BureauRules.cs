using LawReport.Domain.Bureaus;
using LawReport.Domain.Common;
using LawReport.Domain.Cycles;

namespace LawReport.Domain.Tests.Bureaus;

public class BureauRules
{
    [Theory]
    [InlineData("014109568", "014109568")]
    [InlineData("01410956-8", "014109568")]
    [InlineData("91320400mA1x2y3z4q", "91320400MA1X2Y3Z4Q")]
    [InlineData("", "")]
    public void Organization_codes_are_normalised(string input, string expected) =>
        Assert.Equal(expected, Bureau.NormalizeOrganizationCode(input));

    [Theory]
    [InlineData("12345")]
    [InlineData("01410956８")]
    [InlineData("0141095680")]
    public void Malformed_organization_codes_are_refused_in_chinese(string code)
    {
        var error = Assert.Throws<DomainException>(() => Bureau.NormalizeOrganizationCode(code));
        Assert.Contains("统一社会信用代码", error.Message);
    }

    [Fact]
    public void A_bureau_needs_its_names()
    {
        var error = Assert.Throws<DomainException>(() => Bureau.Create(" ", "市外办", "", "", ""));
        Assert.Contains("单位全称不能为空", error.Message);
    }

    [Fact]
    public void The_default_addressee_is_the_city_party_committee_and_government()
    {
        var bureau = Bureau.Create("常州市人民政府外事办公室", "市外办", "014109568", "常州市", "市政府工作部门");

        Assert.Equal("市委、市政府", bureau.DefaultAddressee);
        Assert.True(bureau.IsActive);
    }
}

public class ReportingCycleRules
{
    [Fact]
    public void Deadlines_default_to_the_first_of_march_and_april_of_the_next_year()
    {
        var cycle = ReportingCycle.Open(2025);

        Assert.Equal(new DateOnly(2026, 3, 1), cycle.SubmissionDeadline);
        Assert.Equal(new DateOnly(2026, 4, 1), cycle.PublicationDeadline);
        Assert.True(cycle.IsOpen);
    }

    [Fact]
    public void A_city_may_set_its_own_deadlines()
    {
        var cycle = ReportingCycle.Open(2025, new DateOnly(2026, 2, 15), new DateOnly(2026, 3, 31));

        Assert.Equal(new DateOnly(2026, 2, 15), cycle.SubmissionDeadline);
    }

    [Fact]
    public void Publication_cannot_be_due_before_submission()
    {
        var error = Assert.Throws<DomainException>(() => ReportingCycle.Open(2025, new DateOnly(2026, 3, 1), new DateOnly(2026, 2, 1)));
        Assert.Contains("公开截止日期不能早于报送截止日期", error.Message);
    }

    [Fact]
    public void Submission_must_fall_in_the_year_or_the_next()
    {
        Assert.Throws<DomainException>(() => ReportingCycle.Open(2025, new DateOnly(2024, 12, 1), new DateOnly(2026, 4, 1)));
        Assert.Throws<DomainException>(() => ReportingCycle.Open(2025, new DateOnly(2027, 1, 1), new DateOnly(2027, 4, 1)));
    }

    [Fact]
    public void A_cycle_closes_and_reopens()
    {
        var cycle = ReportingCycle.Open(2025);

        cycle.Close();
        Assert.False(cycle.IsOpen);
        cycle.Reopen();
        Assert.True(cycle.IsOpen);
    }
}
