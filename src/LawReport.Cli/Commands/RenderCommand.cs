using System.Globalization;
using System.Security.Cryptography;
using LawReport.Documents.Import;
using LawReport.Documents.Layout;
using LawReport.Documents.Model;
using LawReport.Documents.Pdf;
using LawReport.Domain.Common;

namespace LawReport.Cli.Commands;

/// <summary>
/// <c>render report.json -o report.pdf [--draft|--review] [--letterhead …] [--date 2025-03-01]</c>: the
/// official PDF of a report, as the portal publishes it.
/// </summary>
public sealed class RenderCommand : ICliCommand
{
    public string Name => "render";

    public string Usage =>
        "render <report.json|report.txt|.html|.docx> -o <file.pdf> [--draft | --review] [--letterhead [--mark 发文机关标志] [--number 发文字号] [--signer 签发人]] [--date yyyy-MM-dd]";

    public string Description => "把报告（import --json 输出的 JSON，或可导入的 .txt、.html、.docx 文件）排版为 GB/T 9704 公文格式的 PDF";

    public Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var arguments = RenderArguments.Parse(args);
        if (!File.Exists(arguments.Input))
        {
            error.WriteLine($"找不到文件：{arguments.Input}");
            return Task.FromResult(CliApp.Failed);
        }

        try
        {
            var (report, problem) = LoadReport(arguments.Input);
            if (report is null)
            {
                error.WriteLine($"{arguments.Input}：{problem}");
                return Task.FromResult(CliApp.Failed);
            }

            var options = new RenderOptions
            {
                // Never the clock: the same report gives the same bytes (CreationDates.Of when no --date).
                CreationDate = arguments.Date,
                Watermark = arguments.Watermark,
                Letterhead = arguments.Letterhead ? Letterhead(report, arguments) : null,
            };

            var rendered = new PdfReportRenderer().Render(report, options);
            File.WriteAllBytes(arguments.Output, rendered.Bytes);
            var hash = Convert.ToHexStringLower(SHA256.HashData(rendered.Bytes));
            output.WriteLine($"已生成 {arguments.Output}（{rendered.PageCount} 页，SHA-256 {hash}）");
            if (rendered.MissingCharacters.Count > 0)
            {
                error.WriteLine($"以下字符没有任何字体可以显示，在 PDF 中是空框：{string.Concat(rendered.MissingCharacters)}。请在字体设置中加入包含这些字符的字体。");
                return Task.FromResult(CliApp.Failed);
            }

            return Task.FromResult(CliApp.Ok);
        }
        catch (Exception e) when (e is ReportJsonException or ReportWithoutTitleException or FontFileException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine(e.Message);
            return Task.FromResult(CliApp.Failed);
        }
    }

    /// <summary>Reads the report a file holds: report JSON as <c>import --json</c> prints it, or any file the importer reads.</summary>
    private static (ReportDocument? Report, string? Problem) LoadReport(string path)
    {
        if (Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return (ReportJson.Deserialize(File.ReadAllText(path)), null);
        }

        var imported = ReportImporter.ImportFile(path);
        return imported.Succeeded ? (imported.Report, null) : (null, imported.Error);
    }

    private static Letterhead Letterhead(ReportDocument report, RenderArguments arguments)
    {
        var mark = arguments.Mark ?? report.Bureau ?? report.Signature;
        if (string.IsNullOrWhiteSpace(mark))
        {
            throw new CliUsageException("红头需要发文机关标志：报告没有单位名称，请用 --mark 指定。");
        }

        return new Letterhead(mark, arguments.Number ?? report.Metadata?.DocumentNumber ?? "", arguments.Signer);
    }

    private sealed record RenderArguments(
        string Input, string Output, DraftWatermark Watermark, bool Letterhead, string? Mark, string? Number, string? Signer, DateTimeOffset? Date)
    {
        public static RenderArguments Parse(string[] args)
        {
            var parsed = CliArguments.Parse(args, ["-o|--output", "--mark", "--number", "--signer", "--date"], ["--draft", "--review", "--letterhead"]);
            var input = parsed.Positionals.Count switch
            {
                0 => throw new CliUsageException("缺少报告文件。"),
                1 => parsed.Positionals[0],
                _ => throw new CliUsageException($"多余的参数：{parsed.Positionals[1]}"),
            };
            var output = parsed.Required("--output", "缺少输出文件：请用 -o 指定 PDF 的路径。");
            var watermark = parsed.Has("--review") ? DraftWatermark.ForReview : parsed.Has("--draft") ? DraftWatermark.Draft : DraftWatermark.None;
            var date = parsed.Value("--date") is { } text ? ParseDate(text) : (DateTimeOffset?)null;
            return new RenderArguments(input, output, watermark, parsed.Has("--letterhead"), parsed.Value("--mark"), parsed.Value("--number"), parsed.Value("--signer"), date);
        }

        private static DateTimeOffset ParseDate(string text) =>
            DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? ChinaTime.StartOf(date)
                : throw new CliUsageException($"日期格式应为 yyyy-MM-dd：{text}");
    }
}
