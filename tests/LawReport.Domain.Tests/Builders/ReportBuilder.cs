using LawReport.Domain.Bureaus;
using LawReport.Domain.Common;
using LawReport.Domain.Reports;
using LawReport.Tests.Shared;

namespace LawReport.Domain.Tests.Builders;

/// <summary>Builds reports in a given status by walking the real workflow, never by setting fields.</summary>
internal sealed class ReportBuilder
{
    public static readonly DateTimeOffset Start = new(2026, 2, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly Actor Filer = ReportStates.Filer;
    public static readonly Actor Lead = ReportStates.Lead;
    public static readonly Actor Reviewer = ReportStates.Reviewer;

    private ReportStatus _status = ReportStatus.Draft;
    private readonly List<SectionContent> _sections = [];

    public static ReportBuilder InDraft() => new();

    public static ReportBuilder In(ReportStatus status) => new() { _status = status };

    public static Bureau Bureau() => Domain.Bureaus.Bureau.Create("重庆市人民政府外事办公室", "市外办", "014109568", "重庆市", "市政府工作部门");

    public ReportBuilder WithSection(SectionKind kind, params ReportItemContent[] items)
    {
        _sections.Add(new SectionContent(kind, kind.StandardHeading(2025), items));
        return this;
    }

    public AnnualReport Build()
    {
        var content = SampleReports.Complete("重庆市人民政府外事办公室", "市政府", 2025);
        if (_sections.Count > 0)
        {
            // The given sections first; a report that goes past 提交签发 also gets the parts the
            // completeness check needs, after them.
            content = content with { Sections = _sections };
            if (_status != ReportStatus.Draft)
            {
                content = SampleReports.MakeComplete(content, 2025);
            }
        }

        var report = AnnualReport.Create(Bureau(), 2025, content, Filer, Start);
        ReportStates.WalkTo(report, _status, Start);
        return report;
    }
}
