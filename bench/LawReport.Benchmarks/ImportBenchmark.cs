using System.Diagnostics;
using System.Net;
using System.Text;
using LawReport.Documents.Import;
using LawReport.Documents.Model;
using LawReport.Documents.Pdf;
using LawReport.Tests.Shared;

namespace LawReport.Benchmarks;

/// <summary>
/// Imports the two heaviest published forms in-process: a 10-page PDF (seed 001 with its sections twice,
/// rendered by the official renderer) and a 1 MB web page (seed 001's article inside a site of menus,
/// link lists and inline scripts, as large portals are). Stopwatch medians after a warm-up.
/// </summary>
internal static class ImportBenchmark
{
    public static int Run(int runs, TextWriter output)
    {
        var seed = ReportImporter.ImportFile(RepositoryPaths.Seed("001")).Report!;
        var longer = seed with { Sections = [.. seed.Sections, .. seed.Sections.Take(3)] };
        var rendered = new PdfReportRenderer().Render(longer, new RenderOptions { CreationDate = new DateTimeOffset(2021, 3, 1, 0, 0, 0, TimeSpan.FromHours(8)) });
        var page = Page(seed);
        output.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {runs} runs");

        foreach (var (name, bytes, file) in new[] { ($"PDF, {rendered.PageCount} pages, {rendered.Bytes.Length / 1024} KiB", rendered.Bytes, "report.pdf"), ($"web page, {page.Length / 1024} KiB", page, "report.html") })
        {
            var first = Stopwatch.StartNew();
            var result = ReportImporter.Import(bytes, file);
            first.Stop();
            if (!result.Succeeded)
            {
                output.WriteLine($"{name}: {result.Error}");
                return 1;
            }

            var times = new List<double>();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                ReportImporter.Import(bytes, file);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / runs;
            times.Sort();
            output.WriteLine($"{name}: first {first.Elapsed.TotalMilliseconds:F0} ms (JIT), median {times[times.Count / 2]:F1} ms, 95th percentile {times[(int)(times.Count * 0.95)]:F1} ms, {cpu:F1} ms CPU per import; {result.Report.Sections.Count} sections");
        }

        return 0;
    }

    /// <summary>About 1 MB: a menu of 3 000 links, 400 KB of inline script, a sidebar, the article, a footer.</summary>
    private static byte[] Page(ReportDocument report)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>报告</title><script>");
        html.Append(string.Concat(Enumerable.Repeat("var a=[1,2,3,4,5,6,7,8,9];function f(x){return x*2;}\n", 14000)));
        html.Append("</script></head><body><div class=\"menu\">");
        for (var i = 0; i < 3000; i++)
        {
            html.Append($"<a href=\"/zwgk/{i}.html\">政务公开栏目{i}</a> ");
        }

        html.Append("</div><div class=\"crumb\">您当前的位置：首页 &gt; 政务公开</div><div class=\"main\">");
        html.Append($"<h2>{WebUtility.HtmlEncode(report.Title)}</h2><div class=\"content\">");
        foreach (var text in report.Preamble)
        {
            html.Append($"<p>{WebUtility.HtmlEncode(text)}</p>");
        }

        for (var s = 0; s < report.Sections.Count; s++)
        {
            html.Append($"<p>{Domain.Reports.Numbering.SectionLabel(s + 1)}{WebUtility.HtmlEncode(report.Sections[s].Heading)}</p>");
            foreach (var paragraph in report.Sections[s].Items.SelectMany(i => i.Paragraphs.Prepend(i.Heading ?? "")))
            {
                html.Append($"<p>{WebUtility.HtmlEncode(paragraph)}</p>");
            }
        }

        html.Append($"<p>{WebUtility.HtmlEncode(report.Signature)}</p></div></div><div class=\"side\"><ul>");
        for (var i = 0; i < 1500; i++)
        {
            html.Append($"<li><a href=\"/x/{i}.html\">关于印发第{i}号文件的通知</a></li>");
        }

        html.Append("</ul></div><div class=\"foot\">主办单位：某某市人民政府办公室</div></body></html>");
        return Encoding.UTF8.GetBytes(html.ToString());
    }
}
