using LawReport.Domain.Common;

namespace LawReport.Web.Pages.Public;

/// <summary>Where a bureau stands against a cycle's publication deadline (第二十四条: 4月1日 unless the city sets another date).</summary>
public enum TimelinessStatus
{
    /// <summary>Not published and the deadline has passed: the board lists these first.</summary>
    Overdue,

    /// <summary>Published, after the deadline.</summary>
    Late,

    /// <summary>Not published yet, and the deadline is still ahead.</summary>
    NotYetDue,

    /// <summary>Published on or before the deadline.</summary>
    OnTime,
}

/// <summary>One bureau's line on the timeliness board.</summary>
public sealed record TimelinessEntry(
    int BureauId,
    string Bureau,
    string Category,
    TimelinessStatus Status,
    DateOnly? PublishedOn,
    int? PublicationId,
    int Days)
{
    public string Label => Status switch
    {
        TimelinessStatus.OnTime => "按时公开",
        TimelinessStatus.Late => "逾期公开",
        TimelinessStatus.Overdue => "逾期未公开",
        _ => "尚未公开",
    };

    /// <summary>The days behind or ahead, said in words, e.g. 逾期3天.</summary>
    public string Detail => Status switch
    {
        TimelinessStatus.OnTime => PublishedOn is { } on ? $"{ChineseDate.Format(on)}公开" : "",
        TimelinessStatus.Late => $"{ChineseDate.Format(PublishedOn!.Value)}公开，逾期{Days}天",
        TimelinessStatus.Overdue => $"已逾期{Days}天",
        _ => Days == 0 ? "今天截止" : $"距截止还有{Days}天",
    };
}

/// <summary>
/// Judges each bureau against the deadline. A bureau counts as published from the day its report was
/// first made public in a version that is still public (a corrected version counts; a withdrawn one does
/// not, since the public can no longer read it). Archived reports count by their 公开日期.
/// </summary>
public static class PublicationTimeliness
{
    /// <summary>A bureau expected to publish.</summary>
    public sealed record Expected(int Id, string Name, string Category);

    /// <summary>When a bureau first published, and the newest version the public can read now.</summary>
    public sealed record Published(int BureauId, DateOnly FirstPublishedOn, int PublicationId);

    public static IReadOnlyList<TimelinessEntry> Judge(
        DateOnly deadline, DateOnly today, IEnumerable<Expected> bureaus, IEnumerable<Published> published)
    {
        var byBureau = published.ToDictionary(p => p.BureauId);
        return bureaus
            .Select(b => byBureau.TryGetValue(b.Id, out var p) ? Entry(b, p) : Missing(b))
            .OrderBy(e => e.Status)
            .ThenByDescending(e => e.Status is TimelinessStatus.Overdue or TimelinessStatus.Late ? e.Days : 0)
            .ThenBy(e => e.Category, PublicRecord.NameOrder)
            .ThenBy(e => e.Bureau, PublicRecord.NameOrder)
            .ToList();

        TimelinessEntry Entry(Expected b, Published p) => p.FirstPublishedOn <= deadline
            ? new(b.Id, b.Name, b.Category, TimelinessStatus.OnTime, p.FirstPublishedOn, p.PublicationId, 0)
            : new(b.Id, b.Name, b.Category, TimelinessStatus.Late, p.FirstPublishedOn, p.PublicationId, p.FirstPublishedOn.DayNumber - deadline.DayNumber);

        TimelinessEntry Missing(Expected b) => today > deadline
            ? new(b.Id, b.Name, b.Category, TimelinessStatus.Overdue, null, null, today.DayNumber - deadline.DayNumber)
            : new(b.Id, b.Name, b.Category, TimelinessStatus.NotYetDue, null, null, deadline.DayNumber - today.DayNumber);
    }
}
