namespace LawReport.Documents.Tests.Pdf;

/// <summary>
/// A test that needs python3 and poppler-utils (pdftotext, pdffonts, pdfinfo) on the PATH; skipped, with
/// the reason shown, on a machine without them (apt-get install python3 poppler-utils).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PdfToolsFactAttribute : FactAttribute
{
    public PdfToolsFactAttribute()
    {
        var missing = new[] { "python3", "pdftotext", "pdffonts", "pdfinfo" }.Where(t => !OnPath(t)).ToList();
        if (missing.Count > 0)
        {
            Skip = $"needs {string.Join(", ", missing)} on the PATH (apt-get install python3 poppler-utils)";
        }
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
