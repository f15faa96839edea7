using LawReport.Web.Tests.Public;

namespace LawReport.Browser.Tests;

/// <summary>
/// The portal on a real port with the published seed reports of the integration tests (and the content
/// that must stay private beside them), shared by the public journey and the accessibility checks.
/// </summary>
public sealed class PublicBrowserPortal : IAsyncLifetime
{
    public BrowserPortal Portal { get; } = new();

    public PublishedReports Reports { get; private set; } = null!;

    public string BaseUrl => Portal.BaseUrl;

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)Portal).InitializeAsync();
        Reports = await PublishedReports.SeedAsync(Portal);
    }

    public Task DisposeAsync() => ((IAsyncLifetime)Portal).DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class PublicBrowserCollection : ICollectionFixture<PublicBrowserPortal>
{
    public const string Name = "Public portal in a browser";
}
