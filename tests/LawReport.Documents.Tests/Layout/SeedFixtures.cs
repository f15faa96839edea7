using LawReport.Documents.Model;
using LawReport.Domain.Reports;
using LawReport.Tests.Shared;

namespace LawReport.Documents.Tests.Layout;

/// <summary>
/// The five seed reports as report JSON (what <c>import --json</c> prints), converted by hand from
/// <c>seeds/*.txt</c> with the web page chrome left out; every text field is verbatim seed text.
/// </summary>
internal static class SeedFixtures
{
    public static readonly string[] All = ["000", "001", "002", "003", "004"];

    public static readonly TheoryData<string> Prefixes = new(All);

    public static string PathOf(string prefix) =>
        Path.Combine(RepositoryPaths.RepositoryRoot, "tests", "LawReport.Documents.Tests", "Layout", "Fixtures", $"seed-{prefix}.json");

    public static ReportDocument Load(string prefix) => ReportJson.Deserialize(File.ReadAllText(PathOf(prefix)));

    /// <summary>
    /// The text a reader of the document sees, in reading order and without whitespace, built from the
    /// report independently of the layout engine: title, addressee with its colon, numbered headings,
    /// paragraphs, closing, signature, date and note, each with the punctuation of an official document
    /// (<see cref="OfficialPunctuation"/>: the stored text keeps its half-width marks, the document does not).
    /// </summary>
    public static string ReadingText(ReportDocument report)
    {
        var parts = new List<string> { report.Title };
        if (report.Addressee.Length > 0)
        {
            parts.Add(report.Addressee + "：");
        }

        parts.AddRange(report.Preamble);
        var section = 0;
        foreach (var s in report.Sections)
        {
            if (s.Heading.Length > 0)
            {
                parts.Add(Numbering.SectionLabel(++section) + s.Heading);
            }

            var item = 0;
            foreach (var i in s.Items)
            {
                if (!string.IsNullOrEmpty(i.Heading))
                {
                    parts.Add(Numbering.ItemLabel(++item) + i.Heading);
                }

                parts.AddRange(i.Paragraphs);
            }
        }

        parts.AddRange(report.Closing);
        parts.Add(report.Signature);
        if (report.DateWritten is { } date)
        {
            parts.Add($"{date.Year}年{date.Month}月{date.Day}日");
        }

        parts.Add(report.Note);
        return WithoutWhitespace(string.Concat(parts.Select(Documents.Layout.OfficialPunctuation.Apply)));
    }

    public static string WithoutWhitespace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
