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
    public void Every_seed_report_passes_the_external_layout_check() =>
        CheckEverySeed(SeedFixtures.Load);

    /// <summary>The whole path a published web page takes: the importer reads the seed file, the typesetter sets it.</summary>
    [PdfToolsFact]
    public void Every_seed_imported_from_its_web_page_text_passes_too() =>
        CheckEverySeed(seed =>
        {
            var imported = LawReport.Documents.Import.ReportImporter.ImportFile(RepositoryPaths.Seed(seed));
            Assert.True(imported.Succeeded, imported.Error);
            return imported.Report;
        });

    private void CheckEverySeed(Func<string, Model.ReportDocument> load)
    {
        var tool = Path.Combine(RepositoryPaths.RepositoryRoot, "tools", "check-pdf-layout");
        var folder = Directory.CreateTempSubdirectory("lawreport-check-");
        try
        {
            foreach (var seed in SeedFixtures.All)
            {
                var pdf = Path.Combine(folder.FullName, $"seed-{seed}.pdf");
                var rendered = Renderers.WithShippedFonts.Render(load(seed), Renderers.Published);
                Assert.Empty(rendered.MissingCharacters);
                File.WriteAllBytes(pdf, rendered.Bytes);

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
