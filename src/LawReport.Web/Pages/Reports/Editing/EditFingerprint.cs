using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LawReport.Domain.Reports;

namespace LawReport.Web.Pages.Reports.Editing;

/// <summary>
/// A short hash of one editable part of a report (a section, the details, an answer) as it was when the
/// form was filled. A save whose <see cref="AnnualReport.Version"/> is out of date is still accepted when the
/// part it changes is exactly as the form saw it: someone else saved another part in between, and nothing
/// of theirs is overwritten. See docs/decisions/ADR-011-edit-conflicts.md.
/// </summary>
public static class EditFingerprint
{
    public static string Of(SectionContent section) =>
        Hash([section.Kind.ToString(), section.Heading, .. section.Items.SelectMany(i => new[] { i.Heading ?? "", i.Body ?? "" })]);

    public static string Of(ReportSection section) =>
        Of(new SectionContent(section.Kind, section.Heading, section.Items.Select(i => i.Content).ToList()));

    public static string OfDetails(AnnualReport report) =>
        Hash([report.Title, report.Addressee, report.Preamble, report.Closing, report.Signature,
            report.DateWritten?.ToString("O", CultureInfo.InvariantCulture) ?? "", report.Note]);

    public static string OfAnswer(ReturnPoint point) => Hash([point.Answer]);

    /// <summary>
    /// Whether a save posted with <paramref name="version"/> and <paramref name="fingerprint"/> would overwrite
    /// someone else's change to the part whose fingerprint is now <paramref name="current"/>.
    /// </summary>
    public static bool IsStale(AnnualReport report, Guid version, string? fingerprint, string current) =>
        version != report.Version && !string.Equals(fingerprint, current, StringComparison.Ordinal);

    private static string Hash(IEnumerable<string> parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            // Length-prefixed, so that ("ab", "c") and ("a", "bc") differ.
            text.Append(part.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(part);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }
}
