namespace LawReport.Web.Public;

/// <summary>
/// Dates as the deadlines mean them: in China Standard Time (UTC+8 all year, no daylight saving), whatever
/// the server's own time zone. A report published at 00:30 on 4月2日 in Beijing is late even if the server
/// clock in UTC still says 4月1日.
/// </summary>
public static class ChinaCalendar
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(Offset).DateTime);

    public static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);
}
