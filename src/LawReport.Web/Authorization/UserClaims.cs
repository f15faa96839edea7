using System.Globalization;
using System.Security.Claims;
using LawReport.Domain.Common;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LawReport.Web.Authorization;

/// <summary>The claims the sign-in cookie carries beyond Identity's own (id, name, roles).</summary>
public static class UserClaims
{
    public const string BureauId = "lawreport:bureau";
    public const string DisplayName = "lawreport:name";

    /// <summary>Present while the password must be changed before anything else (temporary or expired).</summary>
    public const string PasswordChangeRequired = "lawreport:password-change-required";

    public static int? GetBureauId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(BureauId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string GetDisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayName) ?? user.Identity?.Name ?? "";

    public static string GetUserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in.");

    /// <summary>The signed-in user as the domain records them in histories.</summary>
    public static Actor ToActor(this ClaimsPrincipal user) => new(user.GetUserId(), user.GetDisplayName());

    /// <summary>The signed-in user as the domain's access rules see them.</summary>
    public static ReportActor ToReportActor(this ClaimsPrincipal user) => new(
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
        user.GetBureauId(),
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "");
}

/// <summary>Adds the bureau, the display name and the password state to the principal at sign-in.</summary>
public sealed class LawReportClaimsFactory(
    UserManager<AppUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    TimeProvider time)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(UserClaims.DisplayName, user.DisplayName));
        if (user.BureauId is { } bureauId)
        {
            identity.AddClaim(new Claim(UserClaims.BureauId, bureauId.ToString(CultureInfo.InvariantCulture)));
        }

        if (PasswordPolicy.MustChange(user, time.GetUtcNow()))
        {
            identity.AddClaim(new Claim(UserClaims.PasswordChangeRequired, "true"));
        }

        return identity;
    }
}
