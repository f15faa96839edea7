using System.Globalization;
using System.Security.Cryptography;
using LawReport.Documents.Layout;
using LawReport.Documents.Model;
using LawReport.Documents.Pdf;

namespace LawReport.Cli.Commands;

/// <summary>
/// <c>render report.json -o report.pdf [--draft|--review] [--letterhead …] [--date 2025-03-01]</c>: the
/// official PDF of a report, as the portal publishes it.
/// </summary>
public sealed class RenderCommand : ICliCommand
{
    public string Name => "render";

    public string Usage =>
        "render <report.json> -o <file.pdf> [--draft | --review] [--letterhead [--mark 发文机关标志] [--number 发文字号] [--signer 签发人]] [--date yyyy-MM-dd]";

    public string Description => "把报告（import --json 输出的 JSON）排版为 GB/T 9704 公文格式的 PDF";

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
            var report = LoadReport(arguments.Input);
            var options = new RenderOptions
            {
                CreationDate = arguments.Date ?? PublicationDate(report) ?? DateTimeOffset.Now,
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
        catch (Exception e) when (e is ReportJsonException or FontFileException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine(e.Message);
            return Task.FromResult(CliApp.Failed);
        }
    }

    /// <summary>Reads the report a file holds, by its extension.</summary>
    private static ReportDocument LoadReport(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => ReportJson.Deserialize(File.ReadAllText(path)),
        var other => throw new CliUsageException($"暂不支持 {other} 文件：请先用 import --json 把它转换为报告 JSON，再排版。"),
    };

    /// <summary>A published report keeps its publication date in the file, so that its bytes can be rebuilt.</summary>
    private static DateTimeOffset? PublicationDate(ReportDocument report) =>
        report.Metadata?.DatePublished is { } date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)) : null;

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
            string? input = null, output = null, mark = null, number = null, signer = null;
            DateTimeOffset? date = null;
            var watermark = DraftWatermark.None;
            var letterhead = false;
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "-o" or "--output":
                        output = Value(args, ref i);
                        break;
                    case "--draft":
                        watermark = DraftWatermark.Draft;
                        break;
                    case "--review":
                        watermark = DraftWatermark.ForReview;
                        break;
                    case "--letterhead":
                        letterhead = true;
                        break;
                    case "--mark":
                        mark = Value(args, ref i);
                        break;
                    case "--number":
                        number = Value(args, ref i);
                        break;
                    case "--signer":
                        signer = Value(args, ref i);
                        break;
                    case "--date":
                        date = ParseDate(Value(args, ref i));
                        break;
                    case var option when option.StartsWith('-'):
                        throw new CliUsageException($"未知选项：{option}");
                    default:
                        input = input is null ? args[i] : throw new CliUsageException($"多余的参数：{args[i]}");
                        break;
                }
            }

            if (input is null || output is null)
            {
                throw new CliUsageException(input is null ? "缺少报告文件。" : "缺少输出文件：请用 -o 指定 PDF 的路径。");
            }

            return new RenderArguments(input, output, watermark, letterhead, mark, number, signer, date);
        }

        private static string Value(string[] args, ref int i) =>
            i + 1 < args.Length ? args[++i] : throw new CliUsageException($"选项 {args[i]} 缺少取值。");

        private static DateTimeOffset ParseDate(string text) =>
            DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8))
                : throw new CliUsageException($"日期格式应为 yyyy-MM-dd：{text}");
    }
}
