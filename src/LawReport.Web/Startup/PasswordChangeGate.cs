using LawReport.Web.Authorization;

namespace LawReport.Web.Startup;

/// <summary>
/// A user whose password is temporary or older than the policy allows can do nothing but change it
/// (or sign out) until they have.
/// </summary>
public static class PasswordChangeGate
{
    public const string ChangePasswordPath = "/Account/ChangePassword";

    private static readonly PathString[] Allowed = [ChangePasswordPath, "/Account/Logout", "/Error", "/css", "/js", "/healthz"];

    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.User.HasClaim(c => c.Type == UserClaims.PasswordChangeRequired)
                && !Allowed.Any(path => context.Request.Path.StartsWithSegments(path)))
            {
                context.Response.Redirect(ChangePasswordPath);
                return;
            }

            await next(context);
        });
}
