using System.Diagnostics;

namespace LawReport.Documents.Tests.Pdf;

/// <summary>
/// A test that needs python3, poppler-utils (pdftotext, pdffonts, pdfinfo) and pdfminer (Debian's
/// python3-pdfminer, which the checker finds under /usr/bin/python3 when the python3 on the PATH lacks it);
/// skipped, with the reason shown, on a machine without them.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PdfToolsFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> MissingTools = new(FindMissingTools);

    public PdfToolsFactAttribute()
    {
        if (MissingTools.Value is { } missing)
        {
            Skip = missing;
        }
    }

    private static string? FindMissingTools()
    {
        var missing = new[] { "python3", "pdftotext", "pdffonts", "pdfinfo" }.Where(t => !OnPath(t)).ToList();
        if (missing.Count > 0)
        {
            return $"needs {string.Join(", ", missing)} on the PATH (apt-get install python3 poppler-utils python3-pdfminer)";
        }

        return HasPdfminer("python3") || (File.Exists("/usr/bin/python3") && HasPdfminer("/usr/bin/python3"))
            ? null
            : "needs pdfminer for the face and spacing checks (apt-get install python3-pdfminer)";
    }

    private static bool HasPdfminer(string python)
    {
        var start = new ProcessStartInfo(python, ["-c", "import pdfminer"]) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = Process.Start(start);
        if (process is null)
        {
            return false;
        }

        process.WaitForExit();
        return process.ExitCode == 0;
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, tool)));
}

/// <summary>A theory that needs the same tools as <see cref="PdfToolsFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PdfToolsTheoryAttribute : TheoryAttribute
{
    public PdfToolsTheoryAttribute() => Skip = new PdfToolsFactAttribute().Skip;
}
