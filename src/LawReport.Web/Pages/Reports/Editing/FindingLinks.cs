using System.Globalization;
using LawReport.Domain.Reports;

namespace LawReport.Web.Pages.Reports.Editing;

/// <summary>Where each finding of the completeness check is fixed: a section's editor or a field of the overview.</summary>
public static class FindingLinks
{
    public static string Url(int reportId, CompletenessFinding finding)
    {
        var id = reportId.ToString(CultureInfo.InvariantCulture);
        return finding.Target switch
        {
            CompletenessTarget.Section => $"/Reports/Section/{id}/{finding.Number}",
            CompletenessTarget.MissingPart => $"/Reports/Edit/{id}?kind={finding.Kind}#add-section",
            CompletenessTarget.Signature => $"/Reports/Edit/{id}#Details_Signature",
            CompletenessTarget.DateWritten => $"/Reports/Edit/{id}#Details_DateWritten",
            CompletenessTarget.ReturnPoint => $"/Reports/Edit/{id}#point-{finding.Number}",
            _ => $"/Reports/Edit/{id}",
        };
    }

    public static string Text(CompletenessFinding finding) => finding.Target switch
    {
        CompletenessTarget.Section => "去修改这一部分",
        CompletenessTarget.MissingPart => "去添加这一部分",
        CompletenessTarget.Signature => "去填写署名",
        CompletenessTarget.DateWritten => "去填写成文日期",
        CompletenessTarget.ReturnPoint => "去答复",
        _ => "去修改",
    };
}
