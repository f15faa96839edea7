using LawReport.Domain.Common;

namespace LawReport.Domain.Tests.Common;

public class ChineseDates
{
    [Theory]
    [InlineData(2024, 12, 25, "2024年12月25日")]
    [InlineData(2020, 3, 1, "2020年3月1日")]
    public void Dates_are_written_without_zero_padding(int year, int month, int day, string expected) =>
        Assert.Equal(expected, ChineseDate.Format(new DateOnly(year, month, day)));
}
