using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Diagnostics;
using Serilog;
using Serilog.AspNetCore;

namespace LawReport.Web.Startup;

/// <summary>
/// Serilog through Serilog.AspNetCore: console and a daily rolling file under the data folder, levels and
/// any further sinks from the <c>Serilog</c> configuration section, and sinks or enrichers registered in
/// the services (<c>ReadFrom.Services</c>). One event per request from <c>UseSerilogRequestLogging</c>.
/// </summary>
public static class Logging
{
    public static void AddLawReportLogging(this WebApplicationBuilder builder, string dataDirectory)
    {
        // preserveStaticLogger: the logger lives in the services, not in the static Log.Logger, so several
        // portals in one process (the tests) each keep their own.
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture)
                .WriteTo.File(
                    Path.Combine(dataDirectory, "logs", "lawreport-.log"),
                    rollingInterval: RollingInterval.Day,
                    retainedFileCountLimit: 30,
                    formatProvider: CultureInfo.InvariantCulture),
            preserveStaticLogger: true);

        // The request event carries the exception of a failed request; the exception handler's own event
        // is switched off (UseLawReportExceptionHandler), so a failure is logged once.
        builder.Services.AddExceptionHandler<RequestEventException>();
    }

    /// <summary>
    /// One event per request: method, path (no query string: it may carry search text), status, time, the
    /// user's id and name and the client's address. Never bodies, report text or passwords. It must be the
    /// outermost middleware that sees requests (after the forwarded headers only): the exception handler
    /// and the status-code pages re-execute inside it, so a failed request and a 404 page log one event.
    /// </summary>
    public static IApplicationBuilder UseLawReportRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms for {UserName}";
            options.IncludeQueryInRequestPath = false;
            options.EnrichDiagnosticContext = (diagnostics, context) =>
            {
                diagnostics.Set("UserId", context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous");
                diagnostics.Set("UserName", context.User.Identity?.Name ?? "anonymous");
                diagnostics.Set("ClientAddress", context.Connection.RemoteIpAddress?.ToString() ?? "");
            };
        });

    /// <summary>The Chinese 500 page, without the handler's own log event (the request event has the exception).</summary>
    public static IApplicationBuilder UseLawReportExceptionHandler(this IApplicationBuilder app) =>
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/Error/500",
            SuppressDiagnosticsCallback = _ => true,
        });

    /// <summary>Puts a failed request's exception on its request event, then lets the error page answer.</summary>
    private sealed class RequestEventException(IDiagnosticContext diagnostics) : IExceptionHandler
    {
        public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            diagnostics.SetException(exception);
            return ValueTask.FromResult(false);
        }
    }
}
