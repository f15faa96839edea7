using LawReport.Domain.Reports;
using LawReport.Domain.Tests.Builders;
using LawReport.Domain.Users;

namespace LawReport.Domain.Tests.Reports;

/// <summary>
/// The access rule's two faces agree: the query a list filters with admits exactly the reports the check
/// for one report allows, for every role, bureau, operation, status and publishing party.
/// </summary>
public class ReportAccessFilter
{
    private static readonly string[][] RoleSets =
    [
        [Roles.Filer], [Roles.BureauLead], [Roles.Filer, Roles.BureauLead], [Roles.Reviewer],
        [Roles.SystemAdmin], [Roles.SecurityAdmin], [Roles.Auditor], [],
    ];

    public static TheoryData<ReportStatus> Statuses => [.. Enum.GetValues<ReportStatus>()];

    [Theory]
    [MemberData(nameof(Statuses))]
    public void The_filter_for_lists_admits_exactly_what_the_check_for_one_report_allows(ReportStatus status)
    {
        var report = ReportBuilder.In(status).Build();
        var compared = 0;
        foreach (var roles in RoleSets)
        {
            foreach (var bureauId in new int?[] { report.BureauId, report.BureauId + 1, null })
            {
                var actor = new ReportActor(roles.ToHashSet(StringComparer.Ordinal), bureauId);
                foreach (var operation in Enum.GetValues<ReportOperation>())
                {
                    foreach (var party in Enum.GetValues<PublishingParty>())
                    {
                        var check = ReportAccess.Allows(actor, operation, report.BureauId, report.Status, party);
                        var filter = ReportAccess.Filter(actor, operation, party).Compile()(report);
                        Assert.True(check == filter, $"{string.Join('+', roles)} of bureau {bureauId?.ToString() ?? "none"}, {operation}, {party}: check {check}, filter {filter}");
                        compared++;
                    }
                }
            }
        }

        Assert.Equal(RoleSets.Length * 3 * Enum.GetValues<ReportOperation>().Length * 2, compared);
    }
}
