using System.Diagnostics;
using LawReport.Documents.Layout;
using LawReport.Documents.Pdf;
using LawReport.Documents.Tests.Layout;
using LawReport.Tests.Shared;
using Xunit.Abstractions;

namespace LawReport.Documents.Tests.Pdf;

/// <summary>
/// check-pdf-layout reads a rendered file with poppler and pdfminer, independently of this code, and checks
/// the page rules of GB/T 9704, the faces of each role, overlapping glyphs, spread lines, half-width
/// punctuation, the signature page, and that the PDF's text is the seed's text. The shared copy beside the
/// repository (../shared/tools) is used when present, else the copy in tools/.
/// </summary>
public class ExternalLayoutCheck(ITestOutputHelper output)
{
    public static TheoryData<string, string> SeedsAndVariants()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in SeedFixtures.All)
        {
            foreach (var variant in new[] { "plain", "draft", "letterhead" })
            {
                data.Add(seed, variant);
            }
        }

        return data;
    }

    [PdfToolsTheory]
    [MemberData(nameof(SeedsAndVariants))]
    public void Every_seed_report_passes_the_external_layout_check_plain_as_a_draft_and_with_a_letterhead(string seed, string variant)
    {
        var report = SeedFixtures.Load(seed);
        var options = variant switch
        {
            "draft" => Renderers.Published with { Watermark = DraftWatermark.Draft },
            "letterhead" => Renderers.Published with { Letterhead = new Letterhead(report.Bureau ?? report.Signature, "渝外办〔2025〕3号") },
            _ => Renderers.Published,
        };

        Check(seed, Renderers.WithShippedFonts.Render(report, options));
    }

    /// <summary>The whole path a published web page takes: the importer reads the seed file, the typesetter sets it.</summary>
    [PdfToolsFact]
    public void Every_seed_imported_from_its_web_page_text_passes_too()
    {
        foreach (var seed in SeedFixtures.All)
        {
            var imported = LawReport.Documents.Import.ReportImporter.ImportFile(RepositoryPaths.Seed(seed));
            Assert.True(imported.Succeeded, imported.Error);
            Check(seed, Renderers.WithShippedFonts.Render(imported.Report, Renderers.Published));
        }
    }

    /// <summary>The checker on a file, with the seed's text as the source, set with the punctuation of an official document.</summary>
    private void Check(string seed, RenderedReport rendered)
    {
        Assert.Empty(rendered.MissingCharacters);
        var folder = Directory.CreateTempSubdirectory("lawreport-check-");
        try
        {
            var pdf = Path.Combine(folder.FullName, $"seed-{seed}.pdf");
            File.WriteAllBytes(pdf, rendered.Bytes);
            var source = Path.Combine(folder.FullName, $"seed-{seed}.txt");
            File.WriteAllLines(source, File.ReadAllLines(RepositoryPaths.Seed(seed)).Select(OfficialPunctuation.Apply));

            var (code, text) = Run("python3", Checker, pdf, source);

            output.WriteLine($"seed {seed}: {text.Trim()}");
            Assert.True(code == 0, $"seed {seed}: {text}");
            Assert.EndsWith("0 problems", text.Trim(), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    internal static string Checker
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(RepositoryPaths.RepositoryRoot, "..", "shared", "tools", "check-pdf-layout"));
            return File.Exists(shared) ? shared : Path.Combine(RepositoryPaths.RepositoryRoot, "tools", "check-pdf-layout");
        }
    }

    internal static (int Code, string Output) Run(string program, params string[] arguments)
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
