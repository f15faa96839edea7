using LawReport.Infrastructure.Seeding;
using LawReport.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Tests.Operations;

public class HealthCheck(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Healthz_checks_the_database()
    {
        using var client = portal.CreatePortalClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}

/// <summary>The portal started as a developer starts it: Development, nothing seeded by the tests.</summary>
public sealed class DevelopmentPortal : PortalFactory
{
    protected override string Environment => "Development";

    protected override bool SeedTestUsers => false;
}

/// <summary>The portal started as a city deploys it.</summary>
public sealed class ProductionPortal : PortalFactory
{
    protected override string Environment => "Production";

    protected override bool SeedTestUsers => false;

    /// <summary>Production needs its public address (StartupChecks).</summary>
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Portal:PublicUrl", "https://fzzf.example.gov.cn")];
}

public class DemoDataInDevelopment(DevelopmentPortal portal) : IClassFixture<DevelopmentPortal>
{
    [Fact]
    public async Task The_first_run_in_development_seeds_the_five_bureaus_and_one_account_per_role()
    {
        var bureaus = await portal.WithDbAsync((db, _) => db.Bureaus.Select(b => b.FullName).ToListAsync());
        var users = await portal.WithDbAsync((db, _) => db.Users.Select(u => u.UserName).ToListAsync());

        Assert.Equal(5, bureaus.Count);
        Assert.Contains("北京市人民政府外事办公室", bureaus);
        Assert.Equal(DemoData.Accounts.Select(a => a.UserName).Order(), users.Order());
        using var client = await portal.SignedInAsync("filer", DemoData.Password);
    }
}

public class NoDemoDataInProduction(ProductionPortal portal) : IClassFixture<ProductionPortal>
{
    [Fact]
    public async Task Production_starts_with_roles_but_without_any_account_or_bureau()
    {
        Assert.False(await portal.WithDbAsync((db, _) => db.Users.AnyAsync()));
        Assert.False(await portal.WithDbAsync((db, _) => db.Bureaus.AnyAsync()));
        Assert.Equal(6, await portal.WithDbAsync((db, _) => db.Roles.CountAsync()));
    }
}
