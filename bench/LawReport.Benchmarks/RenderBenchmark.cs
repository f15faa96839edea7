using System.Diagnostics;
using System.Globalization;
using LawReport.Documents.Layout;
using LawReport.Documents.Model;
using LawReport.Documents.Pdf;
using LawReport.Tests.Shared;

namespace LawReport.Benchmarks;

/// <summary>
/// Renders the Chongqing 2020 seed (six pages) in-process, and, in the same run, prints the same content
/// with headless Chromium's print-to-PDF, the usual alternative: one process per document, as a server
/// would call it. Stopwatch medians after a warm-up (BenchmarkDotNet is not obtainable here).
/// </summary>
internal static class RenderBenchmark
{
    private const string Chromium = "/usr/bin/chromium";

    public static int Run(string[] args, TextWriter output)
    {
        var runs = Option(args, "--runs", 50);
        var chromiumRuns = Option(args, "--chromium-runs", 7);
        var report = ReportJson.Deserialize(File.ReadAllText(Path.Combine(RepositoryPaths.RepositoryRoot, "tests", "LawReport.Documents.Tests", "Layout", "Fixtures", "seed-001.json")));
        var options = new RenderOptions { CreationDate = new DateTimeOffset(2021, 3, 1, 0, 0, 0, TimeSpan.FromHours(8)) };

        output.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {runs} runs in-process, {chromiumRuns} Chromium runs");

        var coldWatch = Stopwatch.StartNew();
        var renderer = new PdfReportRenderer();
        var first = renderer.Render(report, options);
        coldWatch.Stop();
        output.WriteLine($"first render (fonts loaded, JIT): {coldWatch.Elapsed.TotalMilliseconds:F0} ms, {first.PageCount} pages, {first.Bytes.Length / 1024} KiB");

        var layout = Measure(runs, () => ReportLayoutEngine.Layout(report));
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var render = Measure(runs, () => renderer.Render(report, options));
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / (runs + 10);
        output.WriteLine($"layout only: median {layout:F2} ms");
        output.WriteLine($"PdfReportRenderer: median {render:F2} ms wall, {cpu:F1} ms CPU per render (all threads; less sensitive to other load)");

        if (chromiumRuns == 0)
        {
            return 0;
        }

        if (!File.Exists(Chromium))
        {
            output.WriteLine($"{Chromium} not found: install it (apt-get install chromium) to compare.");
            return 0;
        }

        var folder = Directory.CreateTempSubdirectory("lawreport-bench-");
        try
        {
            var html = Path.Combine(folder.FullName, "report.html");
            File.WriteAllText(html, ReportHtml.Of(report));
            var pdf = Path.Combine(folder.FullName, "chromium.pdf");
            var chromium = Measure(chromiumRuns, () => PrintWithChromium(html, pdf), warmups: 1);
            output.WriteLine($"Chromium print-to-pdf: median {chromium:F0} ms ({new FileInfo(pdf).Length / 1024} KiB)");
            output.WriteLine($"ratio: PdfReportRenderer is {chromium / render:F0}x faster");
            output.WriteLine();
            output.WriteLine("| what | median |");
            output.WriteLine("|---|---|");
            output.WriteLine($"| PdfReportRenderer, warm, in-process | {render:F1} ms ({cpu:F1} ms CPU) |");
            output.WriteLine($"| Chromium --print-to-pdf, one process per document | {chromium:F0} ms |");
            output.WriteLine($"| ratio | {chromium / render:F0}× |");
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        return 0;
    }

    private static double Measure(int runs, Action action, int warmups = 10)
    {
        for (var i = 0; i < warmups; i++)
        {
            action();
        }

        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return runs % 2 == 1 ? times[runs / 2] : (times[(runs / 2) - 1] + times[runs / 2]) / 2;
    }

    private static void PrintWithChromium(string html, string pdf)
    {
        var start = new ProcessStartInfo(Chromium) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--no-pdf-header-footer", $"--print-to-pdf={pdf}", new Uri(html).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        errors.Wait();
        process.WaitForExit();
        if (process.ExitCode != 0 || !File.Exists(pdf))
        {
            throw new InvalidOperationException($"Chromium failed with exit code {process.ExitCode}.");
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
