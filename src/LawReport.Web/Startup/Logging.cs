using System.Diagnostics;
using System.Security.Claims;
using Serilog;

namespace LawReport.Web.Startup;

/// <summary>
/// Serilog as the logging provider (Serilog.AspNetCore is not obtainable, see ADR-001): console and a
/// daily rolling file under the data folder, levels from the <c>Serilog</c> configuration section.
/// </summary>
public static class Logging
{
    public static void AddLawReportLogging(this WebApplicationBuilder builder, string dataDirectory)
    {
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .WriteTo.File(
                Path.Combine(dataDirectory, "logs", "lawreport-.log"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 30,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
    }

    /// <summary>
    /// One event per request: method, path (no query string: it may carry search text), status, time and
    /// user id. Never bodies, report text or passwords.
    /// </summary>
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("LawReport.Requests");
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                var status = context.Response.StatusCode;
                var level = status >= 500 ? LogLevel.Error : LogLevel.Information;
                logger.Log(
                    level,
                    "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms for {UserId}",
                    context.Request.Method,
                    context.Request.Path.Value,
                    status,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                    context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous");
            }
        });
    }
}
