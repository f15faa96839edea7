using System.Globalization;

namespace LawReport.Web.Pages.Workspace;

/// <summary>
/// One deadline of a reporting cycle against today: days left, due today, or days late; or, once the step is
/// done, the day it was done and whether that was in time. The deadline day itself still counts as in time.
/// </summary>
public sealed record Deadline(string Name, DateOnly Due, DateOnly Today, DateOnly? DoneOn)
{
    public bool IsDone => DoneOn is not null;

    /// <summary>Days from today to the deadline: positive while there is time, negative when late.</summary>
    public int DaysLeft => Due.DayNumber - Today.DayNumber;

    public bool IsLate => DoneOn is { } done ? done > Due : Today > Due;

    public string DueText => string.Create(CultureInfo.InvariantCulture, $"{Due.Year}年{Due.Month}月{Due.Day}日");

    public string Status => DoneOn switch
    {
        { } done when done > Due => string.Create(CultureInfo.InvariantCulture, $"已于{done.Month}月{done.Day}日{Name}，逾期{done.DayNumber - Due.DayNumber}天"),
        { } done => string.Create(CultureInfo.InvariantCulture, $"已于{done.Month}月{done.Day}日{Name}，按时完成"),
        null when DaysLeft > 0 => string.Create(CultureInfo.InvariantCulture, $"还有{DaysLeft}天"),
        null when DaysLeft == 0 => "今天截止",
        _ => string.Create(CultureInfo.InvariantCulture, $"已逾期{-DaysLeft}天"),
    };
}
