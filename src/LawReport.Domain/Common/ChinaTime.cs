namespace LawReport.Domain.Common;

/// <summary>
/// Dates and times as the portal's users mean them: in China Standard Time (UTC+8 all year, no daylight
/// saving), whatever the server's own time zone (a container usually runs in UTC). Deadlines are dates
/// in China: a report published at 00:30 on 4月2日 in Beijing is late even if the server clock still says
/// 4月1日. Instants are stored in UTC; this is the one place that turns them into Chinese dates and times.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The same instant, on a Chinese clock (for display).</summary>
    public static DateTimeOffset InChina(this DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The date in China at that instant.</summary>
    public static DateOnly ChinaDate(this DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>Today's date in China.</summary>
    public static DateOnly ChinaToday(this TimeProvider time) => time.GetUtcNow().ChinaDate();

    /// <summary>Midnight at the start of a Chinese date.</summary>
    public static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);
}
