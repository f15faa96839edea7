using System.Collections.Concurrent;
using System.Net;
using LawReport.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace LawReport.Web.Tests.Operations;

/// <summary>The portal with a sink that keeps every log event (registered in the services: ReadFrom.Services).</summary>
public sealed class LoggedPortal : PortalFactory
{
    public ConcurrentQueue<LogEvent> Events { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(new CollectingSink(Events)));
    }

    /// <summary>
    /// The request events (UseSerilogRequestLogging's: the only ones with a status and an elapsed time) for
    /// one path. Other events during a request carry its path too, from ASP.NET Core's logging scope.
    /// </summary>
    public List<LogEvent> RequestEvents(string path) =>
        Events.Where(e => e.Properties.ContainsKey("StatusCode") && e.Properties.ContainsKey("Elapsed")
            && e.Properties.TryGetValue("RequestPath", out var p) && p is ScalarValue { Value: string s } && s == path).ToList();

    private sealed class CollectingSink(ConcurrentQueue<LogEvent> events) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
    }
}

public class RequestLogging(LoggedPortal portal) : IClassFixture<LoggedPortal>
{
    [Fact]
    public async Task A_request_is_one_event_with_method_path_status_user_and_client_address()
    {
        using var client = await portal.SignedInAsync("sysadmin");

        await client.GetPageAsync("/Admin/Bureaus?q=secret");

        var logged = Assert.Single(portal.RequestEvents("/Admin/Bureaus"));
        Assert.Equal(LogEventLevel.Information, logged.Level);
        Assert.Equal("GET", Scalar(logged, "RequestMethod"));
        Assert.Equal(200, Scalar(logged, "StatusCode"));
        Assert.Equal("sysadmin", Scalar(logged, "UserName"));
        Assert.NotEqual("anonymous", Scalar(logged, "UserId"));
        Assert.True(logged.Properties.ContainsKey("ClientAddress"));
        // The query string may carry what a visitor searched for: it is not logged.
        Assert.DoesNotContain("secret", logged.RenderMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_status_code_page_does_not_log_a_second_event()
    {
        using var client = portal.CreatePortalClient();

        var page = await client.GetPageAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        var logged = Assert.Single(portal.RequestEvents("/no/such/page"));
        Assert.Equal(404, Scalar(logged, "StatusCode"));
        Assert.Empty(portal.RequestEvents("/Error/404"));
    }

    [Fact]
    public async Task A_request_that_throws_is_logged_once_as_500_at_error_level()
    {
        // A real failure: the table behind the page is gone. Only this page reads it, so the other tests
        // of the class are unaffected.
        using var client = await portal.SignedInAsync("sysadmin");
        await portal.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""DROP TABLE "ReportingCycles" """));

        var page = await client.GetPageAsync("/Admin/Cycles");

        Assert.Equal(HttpStatusCode.InternalServerError, page.Status);
        var logged = Assert.Single(portal.RequestEvents("/Admin/Cycles"));
        Assert.Equal(500, Scalar(logged, "StatusCode"));
        Assert.Equal(LogEventLevel.Error, logged.Level);
        Assert.NotNull(logged.Exception);
        Assert.Empty(portal.RequestEvents("/Error/500"));
        // The exception handler does not log the same failure again.
        Assert.DoesNotContain(portal.Events, e =>
            e.Properties.TryGetValue("SourceContext", out var source) && source.ToString().Contains("ExceptionHandler", StringComparison.Ordinal));
    }

    private static object? Scalar(LogEvent logEvent, string property) =>
        Assert.IsType<ScalarValue>(logEvent.Properties[property]).Value;
}
