using LawReport.Domain.Common;
using LawReport.Domain.Reports;
using LawReport.Domain.Users;

namespace LawReport.Domain.Tests.Reports;

/// <summary>
/// 等保 2.0 8.1.4.2 and ASVS 4.3: no one both writes and checks a report. A reviewer does not act on
/// their own bureau's report, and the head who signs off is not the person who submitted it.
/// </summary>
public class SeparationOfDuties
{
    private const int OwnBureau = 1;
    private const int OtherBureau = 2;

    private static ReportActor Actor(string userId, int? bureauId, params string[] roles) =>
        new(roles.ToHashSet(StringComparer.Ordinal), bureauId, userId);

    [Theory]
    [InlineData(ReportStatus.Submitted, ReportOperation.Review)]
    [InlineData(ReportStatus.InReview, ReportOperation.Review)]
    [InlineData(ReportStatus.InReview, ReportOperation.View)]
    [InlineData(ReportStatus.Approved, ReportOperation.Publish)]
    public void A_reviewer_does_not_act_on_a_report_of_their_own_bureau(ReportStatus status, ReportOperation operation)
    {
        var reviewer = Actor("r1", OwnBureau, Roles.Reviewer);

        Assert.False(ReportAccess.Allows(reviewer, operation, OwnBureau, status, PublishingParty.Reviewer));
        Assert.True(ReportAccess.Allows(reviewer, operation, OtherBureau, status, PublishingParty.Reviewer));
    }

    [Fact]
    public void The_head_does_not_sign_off_a_report_they_submitted_themselves()
    {
        var filerAndLead = Actor("u1", OwnBureau, Roles.Filer, Roles.BureauLead);

        Assert.False(ReportAccess.Allows(filerAndLead, ReportOperation.SignOff, OwnBureau, ReportStatus.AwaitingSignOff, submittedBy: "u1"));
        Assert.True(ReportAccess.Allows(filerAndLead, ReportOperation.SignOff, OwnBureau, ReportStatus.AwaitingSignOff, submittedBy: "u2"));
    }

    [Fact]
    public void In_a_one_person_bureau_the_same_person_submits_and_signs_off()
    {
        var filerAndLead = Actor("u1", OwnBureau, Roles.Filer, Roles.BureauLead);

        Assert.True(ReportAccess.Allows(
            filerAndLead, ReportOperation.SignOff, OwnBureau, ReportStatus.AwaitingSignOff, submittedBy: "u1", onePersonBureau: true));
    }

    [Fact]
    public void The_report_knows_who_last_submitted_it_for_sign_off()
    {
        var report = Builders.ReportBuilder.InDraft().Build();
        var at = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

        report.SubmitForSignOff(new Actor("first", "甲"), at);
        report.ReturnToFiler(new Actor("lead", "乙"), "请修改。", at.AddMinutes(1));
        report.SubmitForSignOff(new Actor("second", "丙"), at.AddMinutes(2));

        Assert.Equal("second", report.SubmittedForSignOffBy);
    }

    [Theory]
    [InlineData(Roles.Filer)]
    [InlineData(Roles.BureauLead)]
    public void No_account_is_both_a_reviewer_and_in_a_bureau_role(string bureauRole)
    {
        var error = Assert.Throws<DomainException>(() => Roles.EnsureCompatible([Roles.Reviewer, bureauRole], hasBureau: true));
        Assert.Contains("审核人", error.Message);
    }

    [Fact]
    public void The_account_that_once_did_everything_is_refused() =>
        Assert.Throws<DomainException>(() => Roles.EnsureCompatible([Roles.Filer, Roles.BureauLead, Roles.Reviewer], hasBureau: true));
}
