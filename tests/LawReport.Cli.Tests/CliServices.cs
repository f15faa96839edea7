using LawReport.Cli;
using LawReport.Infrastructure.Audit;
using LawReport.Infrastructure.Data;
using LawReport.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LawReport.Cli.Tests;

/// <summary>The command line saves through the same interceptors as the portal (CoreServices.AddLawReportCore).</summary>
public class CliServices
{
    [Fact]
    public void The_database_context_writes_the_audit_trail_and_the_workflow_notifications()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("lawreport-cli-").FullName;
        try
        {
            using var services = CliDatabase.BuildServices(CliArguments.Parse(["--data-dir", dataDirectory], CliDatabase.Options));
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

            var interceptors = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.Interceptors!.ToList();
            Assert.Contains(interceptors, i => i is AuditTrailInterceptor);
            Assert.Contains(interceptors, i => i is WorkflowNotificationInterceptor);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
