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

    /// <summary>No page may end before this line: it goes with the signature block (set by <see cref="Flow.KeepBodyWithSignature"/>).</summary>
    public bool StaysWithSignature { get; set; }

    /// <summary>A blank grid line (under the title, before the signature); dropped at the top of a page.</summary>
    public bool IsSpacer => Glyphs.Count == 0;
}

/// <summary>The lines of a report in reading order, grouped into paragraphs as they are added.</summary>
internal sealed class Flow
{
    private readonly List<FlowLine> _lines = [];
    private int _paragraph;
    private int _paragraphStart = -1;
    private int? _closingStart;

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

    /// <summary>The closing formula (特此报告) starts here: it does not count as text on the signature page.</summary>
    public void MarkClosingStart() => _closingStart = _lines.Count;

    /// <summary>
    /// The signature page must carry text (GB/T 9704 7.3.5: 此页无正文 is not allowed): the last
    /// <paramref name="count"/> lines of text before the closing formula move with it, the signature and the date.
    /// </summary>
    public void KeepBodyWithSignature(int count)
    {
        var signature = _lines.FindIndex(l => l.Kind is LineKind.Signature or LineKind.Date);
        if (signature < 0)
        {
            return;
        }

        var textEnd = Math.Min(_closingStart ?? signature, signature);
        var first = textEnd;
        for (var seen = 0; first > 0 && seen < count;)
        {
            first--;
            if (!_lines[first].IsSpacer && _lines[first].Kind is LineKind.Body or LineKind.Heading or LineKind.Addressee)
            {
                seen++;
            }
        }

        for (var i = first + 1; i < signature; i++)
        {
            _lines[i].StaysWithSignature = true;
        }
    }

    public void AddSpacer(bool keepWithPrevious)
    {
        StartParagraph();
        Add(new FlowLine(LineKind.Body, PageGeometry.BodySize, [], IsFull: false) { KeepWithPrevious = keepWithPrevious });
        EndParagraph();
    }
}
