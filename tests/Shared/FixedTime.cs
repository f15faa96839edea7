namespace LawReport.Tests.Shared;

/// <summary>
/// A clock the test sets: <see cref="TimeProvider"/> with a chosen instant and local time zone (China
/// Standard Time unless told otherwise), moved by hand.
/// </summary>
internal sealed class FixedTime(DateTimeOffset now, TimeZoneInfo? zone = null) : TimeProvider
{
    public static readonly TimeZoneInfo ChinaStandardTime = TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");

    public DateTimeOffset Now { get; set; } = now;

    public override TimeZoneInfo LocalTimeZone { get; } = zone ?? ChinaStandardTime;

    /// <summary>Local midday (China Standard Time) of a date.</summary>
    public static FixedTime At(DateOnly day) => new(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8)));

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
