using LawReport.Infrastructure;
using LawReport.Infrastructure.Data;
using LawReport.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LawReport.Cli;

/// <summary>
/// The portal's database from the command line, configured as the web app is: the <c>Database</c> and
/// <c>Storage</c> settings from environment variables (<c>Database__Provider</c>,
/// <c>Database__ConnectionString</c>, <c>Storage__DataDirectory</c>), overridden by
/// <c>--provider</c>, <c>--connection</c> and <c>--data-dir</c>; fonts from the <c>Fonts</c> settings as well.
/// </summary>
public static class CliDatabase
{
    public static readonly string[] Options = ["--provider", "--connection", "--data-dir"];

    public static ServiceProvider BuildServices(CliArguments arguments)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (arguments.Value("--provider") is { } provider)
        {
            database.Provider = Enum.TryParse<DatabaseProvider>(provider, ignoreCase: true, out var parsed)
                ? parsed
                : throw new Commands.CliUsageException($"未知的数据库类型：{provider}（可选 Sqlite、PostgreSQL 或 SqlServer）。");
        }

        database.ConnectionString = arguments.Value("--connection") ?? database.ConnectionString;
        var configuredDirectory = configuration["Storage:DataDirectory"];
        var dataDirectory = Path.GetFullPath(
            arguments.Value("--data-dir") ?? (string.IsNullOrWhiteSpace(configuredDirectory) ? "App_Data" : configuredDirectory));

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLawReportCore(configuration, database, dataDirectory);
        services.AddIdentityCore<AppUser>(IdentitySetup.ConfigureOptions).AddRoles<IdentityRole>().AddLawReportStores();
        return services.BuildServiceProvider();
    }
}
