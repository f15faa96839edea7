namespace LawReport.Documents.Import.Parsing;

/// <summary>How warnings quote the source: briefly, so a reviewer can find the place.</summary>
internal static class WarningText
{
    private const int QuotedCharacters = 20;

    public static string Shorten(string text) => text.Length <= QuotedCharacters ? text : text[..QuotedCharacters] + "…";
}
