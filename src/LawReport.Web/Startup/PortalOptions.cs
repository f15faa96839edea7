using LawReport.Domain.Reports;

namespace LawReport.Web.Startup;

/// <summary>The <c>Portal</c> section: what the portal calls itself and where its source is offered.</summary>
public sealed class PortalOptions
{
    public const string SectionName = "Portal";

    public string Name { get; set; } = "法治政府建设年度报告平台";

    /// <summary>AGPL-3.0 §13: users of a network service are offered its source; the footer links here.</summary>
    public string SourceUrl { get; set; } = "";

    /// <summary>The public address, e.g. https://fzzf.example.gov.cn: feeds, the sitemap and robots.txt name it; empty = the request's own.</summary>
    public string PublicUrl { get; set; } = "";
}

/// <summary>The <c>Workflow</c> section.</summary>
public sealed class WorkflowOptions
{
    public const string SectionName = "Workflow";

    /// <summary>Who publishes an approved report: the bureau (default) or the city office's reviewer.</summary>
    public PublishingParty PublishedBy { get; set; } = PublishingParty.Bureau;

    /// <summary>
    /// Ids of one-person bureaus (一人单位), where the person who fills in the report also signs it off.
    /// Everywhere else the head who signs off must not be the person who submitted the report.
    /// </summary>
    public int[] OnePersonBureaus { get; set; } = [];
}

/// <summary>The <c>Storage</c> section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Where the SQLite file, logs and data-protection keys live; defaults to App_Data under the app.</summary>
    public string DataDirectory { get; set; } = "";

    public static string Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration.GetSection(SectionName).Get<StorageOptions>()?.DataDirectory;
        var directory = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(environment.ContentRootPath, "App_Data")
            : Path.GetFullPath(configured, environment.ContentRootPath);
        Directory.CreateDirectory(directory);
        return directory;
    }
}
