using LawReport.Domain.Reports;
using LawReport.Domain.Users;

namespace LawReport.Domain.Tests.Reports;

/// <summary>
/// Who may do what with a report, for every role × own/other bureau × status × operation. The expected
/// table is written out by hand from PRODUCT.md §2–3, independently of <see cref="ReportAccess"/>.
/// </summary>
public class ReportAccessMatrix
{
    private const int OwnBureau = 1;
    private const int OtherBureau = 2;

    private static readonly ReportStatus[] Editable = [ReportStatus.Draft, ReportStatus.Returned];

    private static readonly ReportStatus[] SeenByReviewer =
        [ReportStatus.Submitted, ReportStatus.InReview, ReportStatus.Returned, ReportStatus.Approved, ReportStatus.Published, ReportStatus.Withdrawn];

    public static TheoryData<string, bool, ReportStatus, ReportOperation> Cases()
    {
        var data = new TheoryData<string, bool, ReportStatus, ReportOperation>();
        foreach (var role in Roles.All)
        {
            foreach (var own in new[] { true, false })
            {
                foreach (var status in Enum.GetValues<ReportStatus>())
                {
                    foreach (var operation in Enum.GetValues<ReportOperation>())
                    {
                        data.Add(role, own, status, operation);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_role_gets_exactly_its_rights(string role, bool ownBureau, ReportStatus status, ReportOperation operation)
    {
        var actor = new ReportActor(new HashSet<string> { role }, role is Roles.Filer or Roles.BureauLead ? OwnBureau : null);
        var reportBureau = ownBureau ? OwnBureau : OtherBureau;

        var allowed = ReportAccess.Allows(actor, operation, reportBureau, status);

        Assert.Equal(Expected(role, ownBureau, status, operation), allowed);
    }

    [Fact]
    public void When_the_city_office_publishes_the_reviewer_publishes_and_the_lead_does_not()
    {
        var reviewer = new ReportActor(new HashSet<string> { Roles.Reviewer }, null);
        var lead = new ReportActor(new HashSet<string> { Roles.BureauLead }, OwnBureau);

        Assert.True(ReportAccess.Allows(reviewer, ReportOperation.Publish, OwnBureau, ReportStatus.Approved, PublishingParty.Reviewer));
        Assert.False(ReportAccess.Allows(lead, ReportOperation.Publish, OwnBureau, ReportStatus.Approved, PublishingParty.Reviewer));
    }

    [Fact]
    public void Only_a_bureaus_own_filer_starts_its_report()
    {
        Assert.True(ReportAccess.AllowsCreating(new ReportActor(new HashSet<string> { Roles.Filer }, OwnBureau), OwnBureau));
        Assert.False(ReportAccess.AllowsCreating(new ReportActor(new HashSet<string> { Roles.Filer }, OwnBureau), OtherBureau));
        Assert.False(ReportAccess.AllowsCreating(new ReportActor(new HashSet<string> { Roles.BureauLead }, OwnBureau), OwnBureau));
        Assert.False(ReportAccess.AllowsCreating(new ReportActor(new HashSet<string> { Roles.Reviewer }, null), OwnBureau));
    }

    private static bool Expected(string role, bool own, ReportStatus status, ReportOperation operation) => (role, operation) switch
    {
        (Roles.Filer, ReportOperation.View) => own,
        (Roles.Filer, ReportOperation.Edit or ReportOperation.SubmitForSignOff) => own && Editable.Contains(status),
        (Roles.BureauLead, ReportOperation.View) => own,
        (Roles.BureauLead, ReportOperation.SignOff) => own && status == ReportStatus.AwaitingSignOff,
        (Roles.BureauLead, ReportOperation.Publish) => own && status is ReportStatus.Approved or ReportStatus.Published,
        (Roles.Reviewer, ReportOperation.View) => SeenByReviewer.Contains(status),
        (Roles.Reviewer, ReportOperation.Review) => status is ReportStatus.Submitted or ReportStatus.InReview,
        _ => false,
    };
}
