using System.Linq.Expressions;
using LawReport.Domain.Users;

namespace LawReport.Domain.Reports;

/// <summary>What someone may do with a report.</summary>
public enum ReportOperation
{
    /// <summary>Read the report and its history.</summary>
    View,

    /// <summary>Change its content.</summary>
    Edit,

    /// <summary>Hand it to the bureau's head (提交签发).</summary>
    SubmitForSignOff,

    /// <summary>Sign it off to the city or return it to the filer.</summary>
    SignOff,

    /// <summary>Take it up, comment, return it or approve it (依法治市办).</summary>
    Review,

    /// <summary>Publish it, and later withdraw or correct the publication.</summary>
    Publish,
}

/// <summary>Who publishes an approved report: the bureau itself (default) or the city office.</summary>
public enum PublishingParty
{
    Bureau,
    Reviewer,
}

/// <summary>The facts about a signed-in user that access decisions need.</summary>
public sealed record ReportActor(IReadOnlySet<string> Roles, int? BureauId, string UserId = "")
{
    public bool Has(string role) => Roles.Contains(role);

    public bool BelongsTo(int bureauId) => BureauId == bureauId;
}

/// <summary>
/// Decides, from the user's roles and bureau and the report's bureau and status, whether an operation
/// is allowed: own bureau for filers and heads, any other bureau for reviewers, nothing for the
/// administrators (they run the system, not the reports). One rule with two faces: <see cref="Allows"/>
/// checks one report (the web's authorization handler asks it), <see cref="Filter"/> is the same rule as a
/// query for lists, so a list never shows a report its page would refuse.
/// </summary>
/// <remarks>
/// Separation of duties (等保 2.0 8.1.4.2, ASVS 4.3): a reviewer never acts on a report of the bureau
/// they belong to, and the head who signs a report off is not the person who submitted it for sign-off,
/// unless the bureau is a one-person bureau (<paramref name="onePersonBureau"/> in <see cref="Allows"/>).
/// </remarks>
public static class ReportAccess
{
    /// <param name="submittedBy">
    /// The account that last submitted the report for sign-off, when known (a page that loaded the
    /// report's history); lists that do not know it leave it null and the report page decides.
    /// </param>
    /// <param name="onePersonBureau">The bureau has one person who both writes and signs (一人单位).</param>
    public static bool Allows(
        ReportActor actor,
        ReportOperation operation,
        int reportBureauId,
        ReportStatus status,
        PublishingParty publishingParty = PublishingParty.Bureau,
        string? submittedBy = null,
        bool onePersonBureau = false) =>
        Allows(actor, operation, actor.BelongsTo(reportBureauId), status, publishingParty)
        && !(operation == ReportOperation.SignOff && !onePersonBureau && submittedBy is { Length: > 0 } && submittedBy == actor.UserId);

    /// <summary>
    /// The reports on which <paramref name="actor"/> may do <paramref name="operation"/>, as a query
    /// expression a database can run. It is derived from <see cref="Allows"/> status by status (for the
    /// actor's own bureau and for any other), so the two faces cannot disagree. Who submitted a report for
    /// sign-off is not part of it: the sign-off list shows the report, and its page names the rule.
    /// </summary>
    public static Expression<Func<AnnualReport, bool>> Filter(
        ReportActor actor,
        ReportOperation operation,
        PublishingParty publishingParty = PublishingParty.Bureau)
    {
        var statuses = Enum.GetValues<ReportStatus>();
        var anyBureauStatuses = statuses.Where(s => Allows(actor, operation, ownBureau: false, s, publishingParty)).ToArray();
        var ownBureauStatuses = actor.BureauId is null ? [] : statuses.Where(s => Allows(actor, operation, ownBureau: true, s, publishingParty)).ToArray();
        var bureauId = actor.BureauId;
        return report => (report.BureauId != bureauId && anyBureauStatuses.Contains(report.Status)) || (report.BureauId == bureauId && ownBureauStatuses.Contains(report.Status));
    }

    /// <summary>Only a bureau's filers start its report.</summary>
    public static bool AllowsCreating(ReportActor actor, int bureauId) =>
        actor.Has(Roles.Filer) && actor.BelongsTo(bureauId);

    private static bool Allows(ReportActor actor, ReportOperation operation, bool ownBureau, ReportStatus status, PublishingParty publishingParty)
    {
        var filer = ownBureau && actor.Has(Roles.Filer);
        var lead = ownBureau && actor.Has(Roles.BureauLead);
        var reviewer = actor.Has(Roles.Reviewer) && !ownBureau;

        return operation switch
        {
            ReportOperation.View => filer || lead || (reviewer && (status.IsWithCity() || status == ReportStatus.Returned)),
            ReportOperation.Edit or ReportOperation.SubmitForSignOff => filer && status.IsEditable(),
            ReportOperation.SignOff => lead && status == ReportStatus.AwaitingSignOff,
            ReportOperation.Review => reviewer && status is ReportStatus.Submitted or ReportStatus.InReview,
            ReportOperation.Publish => status is ReportStatus.Approved or ReportStatus.Published
                && (publishingParty == PublishingParty.Bureau ? lead : reviewer),
            _ => false,
        };
    }
}
