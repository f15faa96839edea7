using LawReport.Domain.Users;
using Microsoft.AspNetCore.Authorization;

namespace LawReport.Web.Authorization;

/// <summary>
/// Role policies for whole areas (administration folders). Access to a single report is never decided
/// by role alone: that is <see cref="ReportAuthorizationHandler"/>'s job.
/// </summary>
public static class Policies
{
    public const string SystemAdmin = nameof(SystemAdmin);
    public const string SecurityAdmin = nameof(SecurityAdmin);
    public const string Auditor = nameof(Auditor);

    /// <summary>Filers, bureau heads and reviewers: the people who work on reports.</summary>
    public const string ReportWork = nameof(ReportWork);

    /// <summary>Filers and bureau heads: the people who work on their own bureau's report.</summary>
    public const string BureauWork = nameof(BureauWork);
    public const string BureauLead = nameof(BureauLead);
    public const string Reviewer = nameof(Reviewer);

    /// <summary>Bureau heads and reviewers: whoever <c>Workflow:PublishedBy</c> names publishes; each report page checks which.</summary>
    public const string Publishing = nameof(Publishing);

    public static void Register(AuthorizationOptions options)
    {
        // Deny by default: every page needs a signed-in user unless it opts out.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(SystemAdmin, p => p.RequireRole(Roles.SystemAdmin));
        options.AddPolicy(SecurityAdmin, p => p.RequireRole(Roles.SecurityAdmin));
        options.AddPolicy(Auditor, p => p.RequireRole(Roles.Auditor));
        options.AddPolicy(ReportWork, p => p.RequireRole(Roles.Filer, Roles.BureauLead, Roles.Reviewer));
        options.AddPolicy(BureauWork, p => p.RequireRole(Roles.Filer, Roles.BureauLead).RequireClaim(UserClaims.BureauId));
        options.AddPolicy(BureauLead, p => p.RequireRole(Roles.BureauLead));
        options.AddPolicy(Reviewer, p => p.RequireRole(Roles.Reviewer));
        options.AddPolicy(Publishing, p => p.RequireRole(Roles.BureauLead, Roles.Reviewer));
    }
}
