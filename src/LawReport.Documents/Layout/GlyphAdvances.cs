using System.Text;

namespace LawReport.Documents.Layout;

/// <summary>
/// The advance widths of the fonts that will draw the text. The grid gives ideographs and full-width
/// marks a full cell and every other character half a cell; Latin capitals, %, &lt; and the like are wider
/// than half an em in every Chinese font, so the layout asks the backend how wide they are and gives them
/// their advance instead, so that no two glyphs overlap.
/// </summary>
public interface IGlyphAdvances
{
    /// <summary>The advance of the character in the font that draws it for the role, in em; null when unknown.</summary>
    double? AdvanceEm(FontRole role, Rune rune);
}
