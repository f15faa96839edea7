using LawReport.Domain.Common;
using LawReport.Infrastructure.Archive;
using LawReport.Infrastructure.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace LawReport.Cli.Commands;

/// <summary>
/// <c>archive &lt;file…&gt; [--bureau 全称]</c>: stores published reports (.txt, .html, .docx) in the
/// portal's database as published historical reports, creating bureaus as needed. One line per file;
/// a file archived before is skipped, so running it again changes nothing. Exit code 1 when any failed.
/// </summary>
public sealed class ArchiveCommand : ICliCommand
{
    public string Name => "archive";

    public string Usage => "archive <文件>… [--bureau <单位全称>] [--provider Sqlite|PostgreSQL|SqlServer] [--connection <连接字符串>] [--data-dir <数据目录>]";

    public string Description => "把已发布的年度报告（.txt、.html、.docx）作为已公开的历史报告存入数据库；同一文件重复归档不会重复保存";

    public async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var arguments = CliArguments.Parse(args, ["--bureau", .. CliDatabase.Options], []);
        if (arguments.Positionals.Count == 0)
        {
            throw new CliUsageException("请指定要归档的文件。");
        }

        await using var services = CliDatabase.BuildServices(arguments);
        await DatabaseInitializer.InitializeAsync(services, seedDemoData: false);
        var failed = false;
        foreach (var file in arguments.Positionals)
        {
            // A scope per file: a refused file leaves nothing behind for the next one.
            await using var scope = services.CreateAsyncScope();
            var archive = scope.ServiceProvider.GetRequiredService<ReportArchive>();
            var result = await archive.ArchiveFileAsync(file, Actor.System, arguments.Value("--bureau"));
            if (result.Outcome == ArchiveOutcome.Refused)
            {
                error.WriteLine($"{file}：错误：{result.Message}");
                failed = true;
            }
            else
            {
                output.WriteLine($"{file}：{result.Message}");
            }
        }

        return failed ? CliApp.Failed : CliApp.Ok;
    }
}
