using LawReport.Infrastructure.Audit;
using LawReport.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace LawReport.Cli.Commands;

/// <summary>
/// <c>audit verify</c>: walks the audit log's hash chain (ADR-020) with the audit keys of this machine
/// (<c>Audit__Key</c>, <c>Audit__KeyFile</c> or <c>audit.key</c> in the data directory) and names the
/// first entry that was changed, removed or inserted. Exits 0 when the chain holds, 1 when it is broken,
/// so that a scheduled job can raise the alarm. Reads only.
/// </summary>
public sealed class AuditCommand : ICliCommand
{
    public string Name => "audit";

    public string Usage => "audit verify [--provider Sqlite|PostgreSQL|SqlServer] [--connection <连接字符串>] [--data-dir <数据目录>]";

    public string Description => "校验审计日志的防篡改校验链，指出第一条被修改、删除或插入的记录（校验失败时退出码为 1）";

    public async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var arguments = CliArguments.Parse(args, [.. CliDatabase.Options]);
        if (arguments.Positionals is not ["verify"])
        {
            throw new CliUsageException("请指定子命令 verify。");
        }

        await using var services = CliDatabase.BuildServices(arguments);
        await using var scope = services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<AuditChain>()
            .VerifyAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>());
        if (!report.IsIntact)
        {
            error.WriteLine(report.Describe());
            return CliApp.Failed;
        }

        output.WriteLine(report.Describe());
        return CliApp.Ok;
    }
}
