using LawReport.Infrastructure.Seeding;
using LawReport.Web.Pages.Public;
using Microsoft.AspNetCore.HttpOverrides;

namespace LawReport.Web.Startup;

public static class WebPipeline
{
    /// <summary>Migrations and roles always; demo data only in Development and when not switched off.</summary>
    public static Task InitializeDatabaseAsync(this WebApplication app)
    {
        var seedDemoData = app.Environment.IsDevelopment() && app.Configuration.GetValue("DemoData:Enabled", true);
        return DatabaseInitializer.InitializeAsync(app.Services, seedDemoData);
    }

    public static void UseLawReportPipeline(this WebApplication app)
    {
        // Behind a reverse proxy the client's address and scheme arrive in X-Forwarded-* headers; they are
        // believed only from the proxies listed in Proxy:KnownProxies (so the audit log records the real
        // client, and nobody else can forge the header).
        var proxies = app.Configuration.GetSection("Proxy:KnownProxies").Get<string[]>() ?? [];
        if (proxies.Length > 0)
        {
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
            foreach (var proxy in proxies)
            {
                forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }

            app.UseForwardedHeaders(forwarded);
        }

        // Outermost, so that the error page and the status-code pages below run inside it: one event per request.
        app.UseLawReportRequestLogging();
        if (!app.Environment.IsDevelopment())
        {
            // Outside Development no stack trace reaches a browser: the Chinese error page does.
            app.UseLawReportExceptionHandler();
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/Error/{0}");
        app.UseSecurityHeaders();
        app.UseResponseCompression();
        app.UseStaticFiles();
        app.UseRouting();

        // An address that matches nothing is a 404 for everyone. Without this, the fallback policy
        // (sign-in required) would send anonymous visitors of a mistyped public URL to the sign-in page.
        app.Use((context, next) =>
        {
            if (context.GetEndpoint() is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            return next(context);
        });
        app.UseAuthentication();
        app.UseNoStoreWhenSignedIn();
        app.UsePasswordChangeGate();
        app.UseAuthorization();

        // After authentication (signed-in users are not limited) and routing (the policy is the endpoint's).
        app.UseRateLimiter();

        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapRazorPages();
        app.MapPublicEndpoints();
    }
}
