namespace LawReport.Domain.Reports;

/// <summary>One entry of a report's history: a transition, who made it, when, and why.</summary>
public sealed class StatusChange
{
    private StatusChange()
    {
    }

    internal StatusChange(ReportStatus? from, ReportStatus to, Common.Actor by, DateTimeOffset at, string comment)
    {
        From = from;
        To = to;
        ActorId = by.UserId;
        ActorName = by.DisplayName;
        At = at;
        Comment = comment;
    }

    public int Id { get; private set; }

    /// <summary>Null for the entry that records the report's creation.</summary>
    public ReportStatus? From { get; private set; }

    public ReportStatus To { get; private set; }

    public string ActorId { get; private set; } = "";

    public string ActorName { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    public string Comment { get; private set; } = "";
}
