using LawReport.Documents.Pdf;
using LawReport.Domain.Audit;
using LawReport.Domain.Bureaus;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Audit;
using LawReport.Infrastructure.Data;
using LawReport.Infrastructure.Identity;
using LawReport.Infrastructure.Notifications;
using LawReport.Infrastructure.Publishing;
using LawReport.Tests.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LawReport.Infrastructure.Tests.Support;

/// <summary>
/// The infrastructure services as the portal wires them (audit, notifications, publishing, accounts) on
/// a fresh test database, with a clock and an audit context the test controls.
/// </summary>
internal sealed class ServicesOnTestDatabase : IAsyncDisposable
{
    private readonly TestDatabase _database = TestDatabase.Create();

    private ServicesOnTestDatabase(Action<IServiceCollection>? configure, IEnumerable<KeyValuePair<string, string?>> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IAuditContext>(new FixedAuditContext(this));
        services.AddLawReportCore(configuration, _database.Options, _database.DataDirectory);
        services.AddIdentityCore<AppUser>(IdentitySetup.ConfigureOptions).AddRoles<IdentityRole>().AddLawReportStores();
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1); // test hosts only: cheap hashing, same format
        services.AddLawReportNotifications(configuration);
        services.AddLawReportPublishing(configuration);
        services.AddSingleton<IReportRenderer>(_ => SharedRenderer.Value);
        configure?.Invoke(services);
        Provider = services.BuildServiceProvider();
    }

    /// <summary>Loading the fonts takes a moment: one renderer for all the tests (it is thread-safe).</summary>
    private static readonly Lazy<IReportRenderer> SharedRenderer = new(() => new PdfReportRenderer());

    public ServiceProvider Provider { get; }

    public DatabaseProvider DatabaseProvider => _database.Provider;

    public FixedTime Time { get; } = new(new DateTimeOffset(2026, 3, 20, 10, 0, 0, TimeSpan.FromHours(8)));

    /// <summary>Who the audit log sees acting.</summary>
    public AuditActor Actor { get; set; } = new("user-reviewer", "王芳", "10.1.2.3");

    public static async Task<ServicesOnTestDatabase> StartAsync(Action<IServiceCollection>? configure = null, params (string Key, string Value)[] settings)
    {
        var services = new ServicesOnTestDatabase(configure, settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        await Seeding.DatabaseInitializer.InitializeAsync(services.Provider, seedDemoData: false);
        return services;
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, IServiceProvider, Task<T>> work)
    {
        await using var scope = Provider.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>(), scope.ServiceProvider);
    }

    public Task WithDbAsync(Func<AppDbContext, Task> work) =>
        WithDbAsync<bool>(async (db, _) =>
        {
            await work(db);
            return true;
        });

    public Task<int> AddBureauAsync(string name, string organizationCode = "014109568") =>
        WithDbAsync(async (db, _) =>
        {
            var bureau = Bureau.Create(name, name, organizationCode, "常州市", "市政府工作部门");
            db.Bureaus.Add(bureau);
            await db.SaveChangesAsync();
            return bureau.Id;
        });

    /// <summary>A report of the bureau for the year, walked through the real workflow to <paramref name="status"/>.</summary>
    public Task<int> AddReportAsync(int bureauId, int year, ReportStatus status) =>
        WithDbAsync(async (db, _) =>
        {
            var bureau = await db.Bureaus.FindAsync(bureauId);
            var content = SampleReports.Complete(bureau!.FullName, bureau.DefaultAddressee, year) with { Preamble = $"{year}年，本单位认真贯彻落实法治政府建设实施纲要。" };
            var report = AnnualReport.Create(bureau, year, content, ReportStates.Filer, ReportSeedingStart);
            ReportStates.WalkTo(report, status, ReportSeedingStart);
            db.Reports.Add(report);
            await db.SaveChangesAsync();
            return report.Id;
        });

    public Task<string> AddUserAsync(string userName, string role, int? bureauId) =>
        WithDbAsync(async (_, services) =>
        {
            var result = await services.GetRequiredService<UserAccounts>().CreateAsync(
                new NewAccount(userName, userName, bureauId, [role], "Strong#Pass2026", PasswordIsTemporary: false));
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
            return (await services.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName))!.Id;
        });

    public static readonly DateTimeOffset ReportSeedingStart = new(2026, 2, 1, 1, 0, 0, TimeSpan.Zero);

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        await _database.DisposeAsync();
    }

    private sealed class FixedAuditContext(ServicesOnTestDatabase owner) : IAuditContext
    {
        public AuditActor Actor => owner.Actor;
    }
}
