using System.Text.Json;
using LawReport.Documents.Import;
using LawReport.Documents.Model;
using LawReport.Domain.Reports;

namespace LawReport.Cli.Commands;

/// <summary>
/// <c>lawreport import &lt;file or folder…&gt; [--json]</c>: reads published reports (.txt, .html, .mhtml, .docx, .pdf) and prints
/// what was read — as JSON (one object, or an array for several files) or as a summary to check by
/// eye. It writes nothing; storing reports is the archive command's job.
/// </summary>
public sealed class ImportCommand : ICliCommand
{
    public string Name => "import";

    public string Usage => "import <文件>… [--json]";

    public string Description => "读取已发布的年度报告（.txt、.html、.mhtml、.docx、.pdf，或整个文件夹），显示识别结果；--json 输出 JSON。不写入任何数据。";

    public Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var arguments = CliArguments.Parse(args, [], ["--json"]);
        var json = arguments.Has("--json");
        if (arguments.Positionals.Count == 0)
        {
            throw new CliUsageException("请指定要导入的文件。");
        }

        // A folder stands for the reports in it, searched recursively.
        var files = arguments.Positionals.SelectMany(p => Directory.Exists(p) ? ImportSources.FilesIn(p) : [p]).ToList();

        var reports = new List<ReportDocument>();
        var failed = false;
        foreach (var file in files)
        {
            var result = ReportImporter.ImportFile(file);
            if (!result.Succeeded)
            {
                error.WriteLine($"{file}：{result.Error}");
                failed = true;
                continue;
            }

            reports.Add(result.Report);
            if (!json)
            {
                PrintSummary(file, result.Report, output);
            }

            foreach (var warning in result.Warnings)
            {
                (json ? error : output).WriteLine($"{file}：提示：{warning}");
            }
        }

        if (json && reports.Count > 0)
        {
            output.WriteLine(files.Count == 1 ? ReportJson.Serialize(reports[0]) : JsonSerializer.Serialize(reports, ReportJson.Options));
        }

        return Task.FromResult(failed ? CliApp.Failed : CliApp.Ok);
    }

    private static void PrintSummary(string file, ReportDocument report, TextWriter output)
    {
        output.WriteLine($"{file}");
        output.WriteLine($"  标题：{report.Title}");
        output.WriteLine($"  年度：{report.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "（未知）"}　单位：{report.Bureau ?? "（未知）"}　主送：{report.Addressee}");
        for (var i = 0; i < report.Sections.Count; i++)
        {
            var section = report.Sections[i];
            output.WriteLine($"  {Numbering.SectionLabel(i + 1)}{section.Heading}　〔{section.Kind.Label()}，把握 {section.Confidence * 100:0}%，{section.Items.Count} 项〕");
        }

        output.WriteLine($"  落款：{report.Signature}　成文日期：{report.DateWritten?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "（无）"}　附注：{report.Note}");
    }
}
