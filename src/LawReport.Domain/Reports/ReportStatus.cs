namespace LawReport.Domain.Reports;

/// <summary>Where a report is in the workflow of PRODUCT.md §3. Stored by name.</summary>
public enum ReportStatus
{
    Draft = 1,
    AwaitingSignOff = 2,
    Submitted = 3,
    InReview = 4,
    Returned = 5,
    Approved = 6,
    Published = 7,
    Withdrawn = 8,
}

public static class ReportStatuses
{
    public static string Label(this ReportStatus status) => status switch
    {
        ReportStatus.Draft => "草稿",
        ReportStatus.AwaitingSignOff => "待签发",
        ReportStatus.Submitted => "已报送",
        ReportStatus.InReview => "审核中",
        ReportStatus.Returned => "已退回",
        ReportStatus.Approved => "审核通过",
        ReportStatus.Published => "已公开",
        ReportStatus.Withdrawn => "已撤回",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Content can change only while the bureau holds the report (PRODUCT.md §3).</summary>
    public static bool IsEditable(this ReportStatus status) => status is ReportStatus.Draft or ReportStatus.Returned;

    /// <summary>The bureau has handed the report to the city (signed off) and it has not come back.</summary>
    public static bool IsWithCity(this ReportStatus status) =>
        status is ReportStatus.Submitted or ReportStatus.InReview or ReportStatus.Approved
            or ReportStatus.Published or ReportStatus.Withdrawn;
}
