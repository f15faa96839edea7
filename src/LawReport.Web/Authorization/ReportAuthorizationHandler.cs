using LawReport.Domain.Reports;
using LawReport.Web.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace LawReport.Web.Authorization;

/// <summary>An operation on one report, checked against that report's bureau and status.</summary>
public sealed record ReportRequirement(ReportOperation Operation) : IAuthorizationRequirement
{
    public static readonly ReportRequirement View = new(ReportOperation.View);
    public static readonly ReportRequirement Edit = new(ReportOperation.Edit);
    public static readonly ReportRequirement SubmitForSignOff = new(ReportOperation.SubmitForSignOff);
    public static readonly ReportRequirement SignOff = new(ReportOperation.SignOff);
    public static readonly ReportRequirement Review = new(ReportOperation.Review);
    public static readonly ReportRequirement Publish = new(ReportOperation.Publish);
}

/// <summary>
/// What an access decision needs to know about a report; list queries project to it. Who submitted it
/// for sign-off is known only where the report's history was loaded.
/// </summary>
public sealed record ReportAccessTarget(int BureauId, ReportStatus Status, string? SubmittedBy = null)
{
    public static ReportAccessTarget Of(AnnualReport report) => new(report.BureauId, report.Status, report.SubmittedForSignOffBy);
}

/// <summary>
/// Own bureau vs any bureau, by role and status: delegates to the domain's <see cref="ReportAccess"/>
/// so pages, views and tests share one rule. Pages call
/// <c>IAuthorizationService.AuthorizeAsync(User, report, ReportRequirement.X)</c> after loading a report.
/// </summary>
public sealed class ReportAuthorizationHandler(IOptions<WorkflowOptions> workflow) : IAuthorizationHandler
{
    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        var target = context.Resource switch
        {
            AnnualReport report => ReportAccessTarget.Of(report),
            ReportAccessTarget t => t,
            _ => null,
        };
        if (target is null)
        {
            return Task.CompletedTask;
        }

        var actor = context.User.ToReportActor();
        foreach (var requirement in context.PendingRequirements.OfType<ReportRequirement>().ToList())
        {
            var onePersonBureau = workflow.Value.OnePersonBureaus.Contains(target.BureauId);
            if (ReportAccess.Allows(actor, requirement.Operation, target.BureauId, target.Status, workflow.Value.PublishedBy, target.SubmittedBy, onePersonBureau))
            {
                context.Succeed(requirement);
            }
        }

        return Task.CompletedTask;
    }
}
