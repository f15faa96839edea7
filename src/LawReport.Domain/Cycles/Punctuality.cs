namespace LawReport.Domain.Cycles;

/// <summary>Whether something due by a deadline (submitting or publishing the report) was done in time.</summary>
public enum Punctuality
{
    /// <summary>Not done yet, and the deadline has not passed.</summary>
    Pending = 1,

    /// <summary>Done on or before the deadline (“by 3月1日” includes 3月1日).</summary>
    OnTime = 2,

    /// <summary>Done, but after the deadline.</summary>
    Late = 3,

    /// <summary>Not done, and the deadline has passed.</summary>
    Overdue = 4,
}

public static class Punctualities
{
    /// <summary>
    /// Compares the local date something was done (null: not yet) with its deadline, as of
    /// <paramref name="today"/>.
    /// </summary>
    public static Punctuality Of(DateOnly? doneOn, DateOnly deadline, DateOnly today) => doneOn switch
    {
        { } done when done <= deadline => Punctuality.OnTime,
        not null => Punctuality.Late,
        null when today > deadline => Punctuality.Overdue,
        _ => Punctuality.Pending,
    };

    /// <summary>Late or overdue: what a 通报 names.</summary>
    public static bool IsLate(this Punctuality punctuality) => punctuality is Punctuality.Late or Punctuality.Overdue;

    /// <summary>The label for an action, e.g. for 报送: 按时报送, 逾期报送, 逾期未报送, 未到截止日期.</summary>
    public static string Label(this Punctuality punctuality, string action) => punctuality switch
    {
        Punctuality.OnTime => "按时" + action,
        Punctuality.Late => "逾期" + action,
        Punctuality.Overdue => "逾期未" + action,
        Punctuality.Pending => "未到截止日期",
        _ => throw new ArgumentOutOfRangeException(nameof(punctuality), punctuality, null),
    };
}
