namespace LawReport.Domain.Reports;

/// <summary>
/// Length limits of a report's fields. One place for the validators, the EF mapping and the domain
/// guards, so a form never accepts what the database would refuse.
/// </summary>
public static class AnnualReportLimits
{
    public const int TitleMaxLength = 200;
    public const int AddresseeMaxLength = 100;
    public const int PreambleMaxLength = 5_000;
    public const int ClosingMaxLength = 200;
    public const int SignatureMaxLength = 100;
    public const int NoteMaxLength = 100;
    public const int SectionHeadingMaxLength = 200;
    public const int ItemHeadingMaxLength = 500;

    /// <summary>One item's body: a long report has about 30 000 characters in all.</summary>
    public const int ItemBodyMaxLength = 20_000;

    public const int MaxSections = 20;
    public const int MaxItemsPerSection = 100;
    public const int ReasonMaxLength = 2_000;

    /// <summary>The 附注 a report starts with: reports are published unless they hold state secrets.</summary>
    public const string DefaultNote = "（此件公开发布）";

    /// <summary>Stores the addressee without the colon the layout adds (市委、市政府 not 市委、市政府：).</summary>
    public static string NormalizeAddressee(string addressee) => addressee.TrimEnd(':', '：', ' ');
}
