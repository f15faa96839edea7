using System.Collections.Concurrent;
using LawReport.Infrastructure.Data;
using LawReport.Infrastructure.Seeding;
using LawReport.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LawReport.Web.Tests.Support;

/// <summary>
/// The real portal on a fresh database of its own (SQLite file, or a new PostgreSQL database when that
/// tier is enabled), in a non-Development environment so errors are handled as in production. The demo
/// accounts (DemoData) are seeded as test users: filer/lead of 重庆市外办, reviewer and the three
/// administrators, all with <see cref="DemoData.Password"/>.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public TestDatabase Database { get; } = TestDatabase.Create();

    private readonly ConcurrentDictionary<string, Task<PortalClient>> _sharedClients = new(StringComparer.Ordinal);

    protected virtual string Environment => "Testing";

    protected virtual bool SeedTestUsers => true;

    /// <summary>Extra settings, e.g. <c>Workflow:PublishedBy</c>.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Database:Provider", Database.Options.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", Database.Options.ConnectionString);
        builder.UseSetting("Storage:DataDirectory", Database.DataDirectory);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        // Test hosts only: one PBKDF2 iteration instead of the production 100,000, so the hundreds of
        // sign-ins of the authorization matrices cost nothing. The hash format, the password rules and the
        // sign-in path are the production ones; the iteration count is stored in each hash.
        builder.ConfigureServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1));
    }

    public async Task InitializeAsync()
    {
        StartServer(); // runs Program: migrations and roles
        if (SeedTestUsers)
        {
            await using var scope = Services.CreateAsyncScope();
            await DemoData.SeedAsync(scope.ServiceProvider);
        }

        await SeedAsync();
    }

    /// <summary>What a fixture puts into its portal once, after the test users (e.g. published reports).</summary>
    protected virtual Task SeedAsync() => Task.CompletedTask;

    public PortalClient CreatePortalClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Signs a new client in as one of the test users.</summary>
    public async Task<PortalClient> SignedInAsync(string userName, string password = DemoData.Password)
    {
        var client = CreatePortalClient();
        await client.SignInAsync(userName, password);
        return client;
    }

    /// <summary>Runs <paramref name="work"/> against the app's database in a scope of its own.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>(), scope.ServiceProvider);
    }

    public Task WithDbAsync(Func<AppDbContext, Task> work) =>
        WithDbAsync<bool>(async (db, _) =>
        {
            await work(db);
            return true;
        });

    /// <summary>
    /// A client signed in as <paramref name="userName"/> (not signed in for <c>anonymous</c>), shared by every
    /// test of this fixture that asks for it: the authorization matrices sign in once per user instead of once
    /// per case. Only for tests that do not change the account or its session; the fixture disposes it.
    /// </summary>
    public Task<PortalClient> SharedClientAsync(string userName) =>
        _sharedClients.GetOrAdd(userName, name => name == "anonymous" ? Task.FromResult(CreatePortalClient()) : SignedInAsync(name));

    async Task IAsyncLifetime.DisposeAsync()
    {
        foreach (var client in _sharedClients.Values)
        {
            (await client).Dispose();
        }

        await base.DisposeAsync();
        await Database.DisposeAsync();
    }
}
