using LawReport.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace LawReport.Web.Authorization;

/// <summary>
/// How long a session lives (ASVS 3.3, 等保 2.0 8.1.4.1 b): 30 idle minutes (the cookie's sliding
/// expiry) and at most <see cref="AbsoluteLimit"/> from the sign-in, however busy. The sign-in time is
/// kept in the cookie's protected properties, which renewals and role refreshes carry over.
/// Sessions end on the server too: signing out changes the account's security stamp, which is checked on
/// every request, so a copy of the cookie taken before is refused at once (ADR-019).
/// </summary>
public static class SessionLimits
{
    public static readonly TimeSpan AbsoluteLimit = TimeSpan.FromHours(12);

    private const string SignedInKey = "lawreport:signed-in";

    /// <summary>The properties of a new session: when it started.</summary>
    public static AuthenticationProperties NewSession(DateTimeOffset now) =>
        new() { IsPersistent = false, Items = { [SignedInKey] = now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) } };

    /// <summary>The cookie's check on every request: the absolute limit, then the account's security stamp.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        if (!context.Properties.Items.TryGetValue(SignedInKey, out var value)
            || !long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            || now - DateTimeOffset.FromUnixTimeSeconds(seconds) > AbsoluteLimit)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        // Identity's own SecurityStampValidator checks at most once per interval, measured in whole seconds,
        // and re-issues the cookie each time; this checks the stamp on every request and leaves the cookie be.
        var signIns = context.HttpContext.RequestServices.GetRequiredService<SignInManager<AppUser>>();
        if (await signIns.ValidateSecurityStampAsync(context.Principal) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    /// <summary>Ends every session of the account: its cookies, wherever they are, no longer pass the stamp check.</summary>
    public static async Task EndAllAsync(UserManager<AppUser> users, SignInManager<AppUser> signIns, AppUser? user)
    {
        if (user is not null)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIns.SignOutAsync();
    }
}
