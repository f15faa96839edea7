namespace LawReport.Documents.Layout;

/// <summary>
/// Fills pages of 22 grid lines. A page ends early, where that is possible, rather than separate a
/// heading from the line after it, leave the last line of a paragraph alone at the top of the next page
/// (a widow), or send the signature block to a page without text (GB/T 9704 7.3.5.4 forbids
/// 此页无正文). Blank lines are never carried to the top of a page.
/// </summary>
internal static class Paginator
{
    public static IReadOnlyList<IReadOnlyList<(FlowLine Line, int Row)>> Paginate(IReadOnlyList<FlowLine> lines, int firstPageStartRow)
    {
        var pages = new List<IReadOnlyList<(FlowLine, int)>>();
        var index = 0;
        while (index < lines.Count || pages.Count == 0)
        {
            var startRow = pages.Count == 0 ? firstPageStartRow : 0;
            if (pages.Count > 0)
            {
                while (index < lines.Count && lines[index].IsSpacer)
                {
                    index++;
                }

                if (index == lines.Count)
                {
                    break;
                }
            }

            var capacity = Math.Max(1, PageGeometry.LinesPerPage - startRow);
            var end = Math.Min(lines.Count, index + capacity);
            if (end < lines.Count)
            {
                var breakAt = end;
                while (breakAt > index + 1 && !CanBreakBefore(lines, breakAt))
                {
                    breakAt--;
                }

                // When every break on the page is forbidden (a heading of 22 lines), the page stays full.
                if (breakAt > index + 1)
                {
                    end = breakAt;
                }
            }

            var page = new List<(FlowLine, int)>(end - index);
            for (var i = index; i < end; i++)
            {
                page.Add((lines[i], startRow + (i - index)));
            }

            pages.Add(page);
            index = end;
        }

        return pages;
    }

    private static bool CanBreakBefore(IReadOnlyList<FlowLine> lines, int next)
    {
        var before = lines[next - 1];
        var after = lines[next];
        if (before.KeepWithNext || after.KeepWithPrevious || after.StaysWithSignature)
        {
            return false;
        }

        var widow = after.IsLastOfParagraph && !after.IsFirstOfParagraph;
        return !widow;
    }
}
