using LawReport.Domain.Common;

namespace LawReport.Domain.Reports;

public enum ReturnPointState
{
    Open = 1,
    Closed = 2,
}

/// <summary>
/// A reviewer's comment on one section of a submitted revision (退回意见). It goes back to the bureau
/// with the return, the bureau answers it, and the reviewer closes it (or keeps it open) on the next
/// revision.
/// </summary>
public sealed class ReturnPoint
{
    public const int TextMaxLength = AnnualReportLimits.ReasonMaxLength;

    private ReturnPoint()
    {
    }

    internal ReturnPoint(int number, int revision, int sectionPosition, string sectionHeading, string text, Actor by, DateTimeOffset at)
    {
        Number = number;
        RaisedInRevision = revision;
        SectionPosition = sectionPosition;
        SectionHeading = sectionHeading;
        Text = Guard.Required(PlainText.Block(text), TextMaxLength, "退回意见");
        RaisedById = by.UserId;
        RaisedByName = by.DisplayName;
        RaisedAt = at;
        State = ReturnPointState.Open;
    }

    public int Id { get; private set; }

    /// <summary>1, 2, 3… within the report: how users refer to a point.</summary>
    public int Number { get; private set; }

    public int RaisedInRevision { get; private set; }

    /// <summary>The section's position in that revision (一、 is 1).</summary>
    public int SectionPosition { get; private set; }

    /// <summary>The section's heading when the point was raised, so the point reads right after reordering.</summary>
    public string SectionHeading { get; private set; } = "";

    public string Text { get; private set; } = "";

    public string RaisedById { get; private set; } = "";

    public string RaisedByName { get; private set; } = "";

    public DateTimeOffset RaisedAt { get; private set; }

    /// <summary>The bureau's answer (how the point was addressed); empty until answered.</summary>
    public string Answer { get; private set; } = "";

    public DateTimeOffset? AnsweredAt { get; private set; }

    public ReturnPointState State { get; private set; }

    public string ClosedByName { get; private set; } = "";

    public DateTimeOffset? ClosedAt { get; private set; }

    public bool IsOpen => State == ReturnPointState.Open;

    internal void SetAnswer(string answer, DateTimeOffset at)
    {
        Answer = Guard.OptionalBlock(answer, TextMaxLength, "答复");
        AnsweredAt = Answer.Length == 0 ? null : at;
    }

    internal void Close(Actor by, DateTimeOffset at)
    {
        State = ReturnPointState.Closed;
        ClosedByName = by.DisplayName;
        ClosedAt = at;
    }

    internal void Reopen()
    {
        State = ReturnPointState.Open;
        ClosedByName = "";
        ClosedAt = null;
    }
}
