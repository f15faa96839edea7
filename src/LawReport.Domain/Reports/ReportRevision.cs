namespace LawReport.Domain.Reports;

/// <summary>
/// The content as the bureau submitted it to the city (签发报送), frozen: each submission adds one, so the
/// reviewer can see what changed since the last return, section by section.
/// </summary>
public sealed class ReportRevision
{
    private ReportRevision()
    {
    }

    internal ReportRevision(int number, ReportContent content, Common.Actor by, DateTimeOffset at)
    {
        Number = number;
        Content = content;
        SubmittedById = by.UserId;
        SubmittedByName = by.DisplayName;
        SubmittedAt = at;
    }

    public int Id { get; private set; }

    /// <summary>1 for the first submission, 2 after the first return, …</summary>
    public int Number { get; private set; }

    public ReportContent Content { get; private set; } = null!;

    public string SubmittedById { get; private set; } = "";

    public string SubmittedByName { get; private set; } = "";

    public DateTimeOffset SubmittedAt { get; private set; }
}
