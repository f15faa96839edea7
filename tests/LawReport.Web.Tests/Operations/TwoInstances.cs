using System.Net;
using LawReport.Domain.Cycles;
using LawReport.Infrastructure.Data;
using LawReport.Tests.Shared;
using LawReport.Web.Tests.Public;
using LawReport.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace LawReport.Web.Tests.Operations;

/// <summary>
/// Two portal instances on one PostgreSQL database, each with its own data folder (its own search index),
/// as docker-compose.yml runs them behind a reverse proxy: what one does, the other sees.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    private const string Bureau = "上海市人民政府外事办公室";
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(5);

    private TestDatabase _database = null!;
    private Instance _a = null!;
    private Instance _b = null!;

    public async Task InitializeAsync()
    {
        if (!PostgresServer.IsConfigured)
        {
            return;
        }

        _database = TestDatabase.Create(DatabaseProvider.PostgreSQL);
        _a = new Instance(_database, seedUsers: true);
        await ((IAsyncLifetime)_a).InitializeAsync();
        _b = new Instance(_database, seedUsers: false);
        await ((IAsyncLifetime)_b).InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_database is null)
        {
            return;
        }

        await ((IAsyncLifetime)_b).DisposeAsync();
        await ((IAsyncLifetime)_a).DisposeAsync();
        await _database.DisposeAsync();
    }

    [PostgresFact]
    public async Task A_sign_in_on_one_instance_is_accepted_by_the_other()
    {
        var cookies = new CookieContainer();
        using var onA = Client(_a, cookies);
        using var onB = Client(_b, cookies);

        await onA.SignInAsync("reviewer", LawReport.Infrastructure.Seeding.DemoData.Password);
        var response = await onB.GetAsync("/Notifications", followRedirects: false);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [PostgresFact]
    public async Task A_publication_on_one_instance_is_served_and_found_by_the_other_and_a_withdrawal_there_takes_it_down()
    {
        var id = await _a.ArchiveAsync(Bureau, 2019, SampleReports.Complete(Bureau, "市委、市政府", 2019) with { Preamble = "2019年，我们坚持依法行政。两个实例共享的子字句" }, new DateOnly(2020, 3, 1));
        using var onA = _a.CreatePortalClient();
        using var onB = _b.CreatePortalClient();

        await EventuallyAsync(async () => (await SearchAsync(onB, "两个实例共享的子字句")).Contains(id));
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync($"/publications/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync($"/publications/{id}/pdf")).StatusCode);
        Assert.Contains(id, await SearchAsync(onA, "两个实例共享的子字句"));

        await _b.WithdrawAsync(id);

        await EventuallyAsync(async () => (await SearchAsync(onA, "两个实例共享的子字句")).Count == 0);
        Assert.Equal(HttpStatusCode.NotFound, (await onA.GetAsync($"/publications/{id}/pdf")).StatusCode);
        Assert.DoesNotContain($"/publications/{id}\"", await (await onA.GetAsync("/publications")).Content.ReadAsStringAsync());
    }

    private static PortalClient Client(Instance instance, CookieContainer cookies) =>
        new(instance.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies)));

    private static async Task<List<int>> SearchAsync(PortalClient client, string query)
    {
        var page = await client.GetPageAsync("/search?q=" + Uri.EscapeDataString(query));
        return page.Document.QuerySelectorAll("ol.results > li .title a")
            .Select(a => PublishedReports.IdIn(a.GetAttribute("href")!))
            .ToList();
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Within;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not seen within {Within.TotalSeconds} s.");
            await Task.Delay(100);
        }
    }

    /// <summary>One instance: the shared database, its own data folder (search index, logs).</summary>
    private sealed class Instance(TestDatabase shared, bool seedUsers) : PortalFactory
    {
        protected override bool SeedTestUsers => seedUsers;

        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [
            new("Database:Provider", shared.Options.Provider.ToString()),
            new("Database:ConnectionString", shared.Options.ConnectionString ?? ""),
        ];

        protected override async Task SeedAsync()
        {
            if (seedUsers)
            {
                await WithDbAsync(async db =>
                {
                    db.ReportingCycles.Add(ReportingCycle.Open(2019));
                    await db.SaveChangesAsync();
                });
            }
        }
    }
}
