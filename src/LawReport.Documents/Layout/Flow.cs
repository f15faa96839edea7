namespace LawReport.Documents.Layout;

/// <summary>
/// One line of the grid before pagination, with what the paginator must respect: which paragraph it
/// belongs to, and whether it must stay on the page of the line before or after it.
/// </summary>
internal sealed record FlowLine(LineKind Kind, double FontSize, IReadOnlyList<PlacedGlyph> Glyphs, bool IsFull)
{
    public int Paragraph { get; init; }

    public bool IsFirstOfParagraph { get; set; }

    public bool IsLastOfParagraph { get; set; }

    /// <summary>A heading stays with the line after it.</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>The signature block stays with the last lines of the text.</summary>
    public bool KeepWithPrevious { get; init; }

    /// <summary>A blank grid line (under the title, before the signature); dropped at the top of a page.</summary>
    public bool IsSpacer => Glyphs.Count == 0;
}

/// <summary>The lines of a report in reading order, grouped into paragraphs as they are added.</summary>
internal sealed class Flow
{
    private readonly List<FlowLine> _lines = [];
    private int _paragraph;
    private int _paragraphStart = -1;

    public IReadOnlyList<FlowLine> Lines => _lines;

    public void StartParagraph()
    {
        _paragraph++;
        _paragraphStart = _lines.Count;
    }

    public void Add(FlowLine line) => _lines.Add(line with { Paragraph = _paragraph });

    public void EndParagraph()
    {
        if (_paragraphStart < 0 || _paragraphStart == _lines.Count)
        {
            return;
        }

        _lines[_paragraphStart].IsFirstOfParagraph = true;
        _lines[^1].IsLastOfParagraph = true;
        _paragraphStart = -1;
    }

    public void AddSpacer(bool keepWithPrevious)
    {
        StartParagraph();
        Add(new FlowLine(LineKind.Body, PageGeometry.BodySize, [], IsFull: false) { KeepWithPrevious = keepWithPrevious });
        EndParagraph();
    }
}
