namespace LawReport.Documents.Import;

/// <summary>What a reader knows about a line beyond its text (e.g. a Word heading style).</summary>
public enum LineHint
{
    None,

    /// <summary>Styled as the document's title.</summary>
    Title,

    /// <summary>Styled as a top-level heading (一、).</summary>
    Section,

    /// <summary>Styled as a second-level heading (（一）).</summary>
    Item,

    /// <summary>
    /// Set off as a whole (bold, a web page's h2–h4) without saying which level: evidence for a heading
    /// the parser weighs with the line's own numbering and words.
    /// </summary>
    Emphasized,
}

/// <summary>One line (paragraph) of extracted text, as every reader hands it to the parser.</summary>
/// <param name="Text">The line.</param>
/// <param name="Hint">What the reader knows of its level.</param>
/// <param name="RunInHeading">
/// The start of the line set off as a heading running into its text (a Word paragraph whose first runs
/// are bold: <c>（一）加强组织领导</c> then plain text), when the text itself does not end it with 。.
/// </param>
public sealed record SourceLine(string Text, LineHint Hint = LineHint.None, string? RunInHeading = null);
