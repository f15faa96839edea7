using LawReport.Infrastructure.Data;
using LawReport.Infrastructure.Search;
using LawReport.Infrastructure.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace LawReport.Cli.Commands;

/// <summary>
/// <c>search rebuild</c>: asks every portal instance to rebuild its search index from the database. It
/// appends a rebuild entry to the change sequence (ADR-021) rather than writing an index itself: the
/// indexes belong to the instances, which may run on other machines, and each one applies the entry
/// within its catch-up interval (or at its next start).
/// </summary>
public sealed class SearchCommand : ICliCommand
{
    public string Name => "search";

    public string Usage => "search rebuild [--provider Sqlite|PostgreSQL|SqlServer] [--connection <连接字符串>] [--data-dir <数据目录>]";

    public string Description => "让每个门户实例按数据库重建全文检索索引（实例在下次同步时重建，通常几秒内）";

    public async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var arguments = CliArguments.Parse(args, [.. CliDatabase.Options]);
        if (arguments.Positionals is not ["rebuild"])
        {
            throw new CliUsageException("请指定子命令 rebuild。");
        }

        await using var services = CliDatabase.BuildServices(arguments);
        await DatabaseInitializer.InitializeAsync(services, seedDemoData: false);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var change = SearchIndexChange.RebuildAll(TimeProvider.System.GetUtcNow());
        db.SearchIndexChanges.Add(change);
        await db.SaveChangesAsync();
        output.WriteLine($"已请求重建检索索引（变更序号 {change.Id}）；各门户实例将在下次同步时重建。");
        return CliApp.Ok;
    }
}
