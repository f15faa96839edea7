using LawReport.Web.Pages.Workspace;

namespace LawReport.Web.Tests.Filing;

/// <summary>How the workspace words a deadline against today; the deadline day itself is still in time.</summary>
public class DeadlineDescriptions
{
    private static readonly DateOnly Due = new(2026, 3, 1);

    [Theory]
    [InlineData("2026-02-19", "还有10天", false)]
    [InlineData("2026-03-01", "今天截止", false)]
    [InlineData("2026-03-04", "已逾期3天", true)]
    public void An_open_step_counts_the_days_to_or_past_the_deadline(string today, string status, bool late)
    {
        var deadline = new Deadline("报送", Due, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), null);

        Assert.Equal((status, late), (deadline.Status, deadline.IsLate));
    }

    [Fact]
    public void A_step_done_on_the_deadline_is_in_time_and_one_done_later_is_late_by_its_days()
    {
        var today = new DateOnly(2026, 5, 1);

        Assert.Equal("已于3月1日报送，按时完成", new Deadline("报送", Due, today, Due).Status);
        Assert.Equal("已于3月6日公开，逾期5天", new Deadline("公开", Due, today, new DateOnly(2026, 3, 6)).Status);
        Assert.False(new Deadline("报送", Due, today, Due).IsLate);
        Assert.Equal("2026年3月1日", new Deadline("报送", Due, today, null).DueText);
    }
}
