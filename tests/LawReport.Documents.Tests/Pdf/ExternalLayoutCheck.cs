using System.Diagnostics;
using LawReport.Documents.Tests.Layout;
using LawReport.Tests.Shared;
using Xunit.Abstractions;

namespace LawReport.Documents.Tests.Pdf;

/// <summary>
/// tools/check-pdf-layout reads a rendered file with poppler, independently of this code, and checks
/// the page rules of GB/T 9704 and that the PDF's text is the seed's text.
/// </summary>
public class ExternalLayoutCheck(ITestOutputHelper output)
{
    [PdfToolsFact]
    public void Every_seed_report_passes_the_external_layout_check()
    {
        var tool = Path.Combine(RepositoryPaths.RepositoryRoot, "tools", "check-pdf-layout");
        var folder = Directory.CreateTempSubdirectory("lawreport-check-");
        try
        {
            foreach (var seed in SeedFixtures.All)
            {
                var pdf = Path.Combine(folder.FullName, $"seed-{seed}.pdf");
                File.WriteAllBytes(pdf, Renderers.WithShippedFonts.Render(SeedFixtures.Load(seed), Renderers.Published).Bytes);

                var (code, text) = Run("python3", tool, pdf, RepositoryPaths.Seed(seed));

                output.WriteLine($"seed {seed}: {text.Trim()}");
                Assert.True(code == 0, $"seed {seed}: {text}");
                Assert.EndsWith("0 problems", text.Trim(), StringComparison.Ordinal);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static (int Code, string Output) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
