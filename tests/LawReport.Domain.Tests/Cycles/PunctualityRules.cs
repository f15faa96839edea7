using LawReport.Domain.Cycles;

namespace LawReport.Domain.Tests.Cycles;

public class PunctualityRules
{
    private static readonly ReportingCycle Cycle = ReportingCycle.Open(2025);

    [Theory]
    [InlineData("2026-02-27", "2026-03-10", Punctuality.OnTime)]
    [InlineData("2026-03-01", "2026-03-10", Punctuality.OnTime)]
    [InlineData("2026-03-02", "2026-03-10", Punctuality.Late)]
    [InlineData(null, "2026-03-01", Punctuality.Pending)]
    [InlineData(null, "2026-03-02", Punctuality.Overdue)]
    public void Submission_by_3月1日_is_on_time_including_the_day_itself(string? submittedOn, string today, Punctuality expected) =>
        Assert.Equal(expected, Cycle.Submission(submittedOn is null ? null : DateOnly.Parse(submittedOn), DateOnly.Parse(today)));

    [Fact]
    public void Publication_is_measured_against_the_publication_deadline()
    {
        Assert.Equal(Punctuality.OnTime, Cycle.Publication(new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 1)));
        Assert.Equal(Punctuality.Late, Cycle.Publication(new DateOnly(2026, 4, 2), new DateOnly(2026, 5, 1)));
        Assert.Equal(Punctuality.Overdue, Cycle.Publication(null, new DateOnly(2026, 4, 2)));
    }

    [Fact]
    public void Labels_name_the_action()
    {
        Assert.Equal("按时报送", Punctuality.OnTime.Label("报送"));
        Assert.Equal("逾期报送", Punctuality.Late.Label("报送"));
        Assert.Equal("逾期未公开", Punctuality.Overdue.Label("公开"));
        Assert.Equal("未到截止日期", Punctuality.Pending.Label("公开"));
        Assert.True(Punctuality.Overdue.IsLate());
        Assert.False(Punctuality.Pending.IsLate());
    }
}
