using System.Text;

namespace LawReport.Domain.Common;

/// <summary>
/// Normalises the plain text users type or paste. Reports are plain text: paragraphs separated by
/// blank lines, no markup, no control characters (they come in from Word and web pages and break
/// both the PDF and XML exports).
/// </summary>
public static class PlainText
{
    public const string ParagraphSeparator = "\n\n";

    /// <summary>Trims a one-line value and removes control characters, including line breaks.</summary>
    public static string Line(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '\r' or '\n' or '\t')
            {
                builder.Append(' ');
            }
            else if (!IsUnwanted(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>
    /// Splits text into paragraphs at blank lines; a single line break inside a paragraph is joined
    /// (Chinese text needs no space there), and each paragraph is trimmed.
    /// </summary>
    public static IReadOnlyList<string> Paragraphs(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        var paragraphs = new List<string>();
        var current = new StringBuilder();
        foreach (var rawLine in value.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            var line = Line(rawLine);
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            current.Append(line);
        }

        Flush();
        return paragraphs;

        void Flush()
        {
            if (current.Length > 0)
            {
                paragraphs.Add(current.ToString());
                current.Clear();
            }
        }
    }

    /// <summary>The stored form of multi-paragraph text: normalised paragraphs joined by a blank line.</summary>
    public static string Block(string? value) => string.Join(ParagraphSeparator, Paragraphs(value));

    /// <summary>Counts the characters a reader sees: everything except whitespace.</summary>
    public static int VisibleLength(string? value) => value?.Count(c => !char.IsWhiteSpace(c)) ?? 0;

    private static bool IsUnwanted(char c) =>
        char.IsControl(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\uFFFD';
}
