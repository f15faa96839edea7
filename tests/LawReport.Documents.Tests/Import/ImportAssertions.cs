using LawReport.Documents.Import;
using LawReport.Documents.Model;
using LawReport.Domain.Reports;
using LawReport.Tests.Shared;

namespace LawReport.Documents.Tests.Import;

/// <summary>Helpers the import tests share: importing seeds and reading a result's outline.</summary>
internal static class ImportAssertions
{
    public static ImportResult ImportSeedFile(string prefix) => ReportImporter.ImportFile(RepositoryPaths.Seed(prefix));

    public static ReportDocument ImportSeed(string prefix) => Succeeded(ImportSeedFile(prefix));

    public static ReportDocument Succeeded(ImportResult result)
    {
        Assert.True(result.Succeeded, result.Error);
        return result.Report;
    }

    /// <summary>Each section as (kind, heading), for comparing a whole outline at once.</summary>
    public static IReadOnlyList<(SectionKind Kind, string Heading)> Outline(ReportDocument report) =>
        report.Sections.Select(s => (s.Kind, s.Heading)).ToList();

    /// <summary>The item headings of one section (null for an item without heading).</summary>
    public static IReadOnlyList<string?> ItemHeadings(DocumentSection section) => section.Items.Select(i => i.Heading).ToList();

    public static void AssertStarts(string expectedStart, string actual) =>
        Assert.True(actual.StartsWith(expectedStart, StringComparison.Ordinal), $"Expected text starting with “{expectedStart}” but got “{actual}”.");

    /// <summary>Either a report that serialises and converts to domain content, or a Chinese error; never both, never neither.</summary>
    public static void AssertAnswered(ImportResult result)
    {
        if (result.Succeeded)
        {
            Assert.NotEmpty(ReportJson.Serialize(result.Report));
            Assert.NotNull(result.Report.ToContent());
        }
        else
        {
            Assert.Null(result.Report);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", result.Error);
        }
    }
}
