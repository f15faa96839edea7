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
public sealed record ReportActor(IReadOnlySet<string> Roles, int? BureauId)
{
    public bool Has(string role) => Roles.Contains(role);

    public bool BelongsTo(int bureauId) => BureauId == bureauId;
}

/// <summary>
/// Decides, from the user's roles and bureau and the report's bureau and status, whether an operation
/// is allowed: own bureau for filers and heads, any bureau for reviewers, nothing for the
/// administrators (they run the system, not the reports). One rule with two faces: <see cref="Allows"/>
/// checks one report (the web's authorization handler asks it), <see cref="Filter"/> is the same rule as a
/// query for lists, so a list never shows a report its page would refuse.
/// </summary>
public static class ReportAccess
{
    public static bool Allows(
        ReportActor actor,
        ReportOperation operation,
        int reportBureauId,
        ReportStatus status,
        PublishingParty publishingParty = PublishingParty.Bureau) =>
        Allows(actor, operation, actor.BelongsTo(reportBureauId), status, publishingParty);

    /// <summary>
    /// The reports on which <paramref name="actor"/> may do <paramref name="operation"/>, as a query
    /// expression a database can run. It is derived from <see cref="Allows"/> status by status (for the
    /// actor's own bureau and for any other), so the two faces cannot disagree.
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
        return report => anyBureauStatuses.Contains(report.Status) || (report.BureauId == bureauId && ownBureauStatuses.Contains(report.Status));
    }

    /// <summary>Only a bureau's filers start its report.</summary>
    public static bool AllowsCreating(ReportActor actor, int bureauId) =>
        actor.Has(Roles.Filer) && actor.BelongsTo(bureauId);

    private static bool Allows(ReportActor actor, ReportOperation operation, bool ownBureau, ReportStatus status, PublishingParty publishingParty)
    {
        var filer = ownBureau && actor.Has(Roles.Filer);
        var lead = ownBureau && actor.Has(Roles.BureauLead);
        var reviewer = actor.Has(Roles.Reviewer);

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
