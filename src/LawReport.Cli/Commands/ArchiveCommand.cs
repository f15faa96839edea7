using System.Globalization;
using LawReport.Documents.Import;
using LawReport.Domain.Common;
using LawReport.Infrastructure.Archive;
using LawReport.Infrastructure.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace LawReport.Cli.Commands;

/// <summary>
/// <c>archive &lt;file or folder…&gt; [--bureau 全称]</c>: stores published reports (.txt, .html, .mhtml,
/// .docx, .pdf) in the portal's database as published historical reports, creating bureaus as needed.
/// A folder is searched recursively (<see cref="ImportSources.FilesIn"/>). One line per file; a file
/// archived before is skipped, so running it again changes nothing. For a folder a summary table
/// follows — file, title, bureau, year, the lowest section confidence, warnings — so a city sees at a
/// glance which of years of reports need a person to look. Exit code 1 when any failed.
/// </summary>
public sealed class ArchiveCommand : ICliCommand
{
    public string Name => "archive";

    public string Usage => "archive <文件>… [--bureau <单位全称>] [--provider Sqlite|PostgreSQL|SqlServer] [--connection <连接字符串>] [--data-dir <数据目录>]";

    public string Description => "把已发布的年度报告（.txt、.html、.mhtml、.docx、.pdf，或整个文件夹）作为已公开的历史报告存入数据库；同一文件重复归档不会重复保存";

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
        var files = arguments.Positionals.SelectMany(p => Directory.Exists(p) ? ImportSources.FilesIn(p) : [p]).ToList();
        var summary = new List<string>();
        foreach (var file in files)
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

            summary.Add(SummaryRow(file));
        }

        if (arguments.Positionals.Any(Directory.Exists))
        {
            output.WriteLine();
            output.WriteLine($"共 {files.Count} 个文件：");
            output.WriteLine("文件 | 标题 | 单位 | 年度 | 最低把握 | 提示");
            summary.ForEach(output.WriteLine);
        }

        return failed ? CliApp.Failed : CliApp.Ok;
    }

    /// <summary>What the importer read from a file: its row of the summary table.</summary>
    private static string SummaryRow(string file)
    {
        var result = ReportImporter.ImportFile(file);
        if (!result.Succeeded)
        {
            return $"{file} | — | — | — | — | 无法读取：{result.Error}";
        }

        var report = result.Report;
        var lowest = report.Sections.Count > 0 ? $"{report.Sections.Min(s => s.Confidence) * 100:0}%" : "—";
        var warnings = result.Warnings.Count == 0 ? "无" : $"{result.Warnings.Count} 条：{string.Join("；", result.Warnings)}";
        return $"{file} | {report.Title} | {report.Bureau ?? "（未识别）"} | {report.Year?.ToString(CultureInfo.InvariantCulture) ?? "（未识别）"} | {lowest} | {warnings}";
    }
}
