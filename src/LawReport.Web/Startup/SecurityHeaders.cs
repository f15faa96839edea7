namespace LawReport.Web.Startup;

/// <summary>
/// The response headers every page gets (ASVS V14.4, 等保 2.0 8.1.4.x 入侵防范): a strict
/// Content-Security-Policy (the portal has no inline script or style, so none is allowed), framing and
/// sniffing off, and <c>Cache-Control: no-store</c> on every response to a signed-in user, so drafts,
/// sign-off and review PDFs and exports never stay in a shared or browser cache.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers["Referrer-Policy"] = "same-origin";
            await next(context);
        });

    /// <summary>After authentication: what a signed-in user receives is not stored by any cache.</summary>
    public static IApplicationBuilder UseNoStoreWhenSignedIn(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true)
            {
                // Set when the headers go out, so a page or download that set its own caching is overridden.
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.CacheControl = "no-store";
                    context.Response.Headers.Pragma = "no-cache";
                    return Task.CompletedTask;
                });
            }

            await next(context);
        });
}
