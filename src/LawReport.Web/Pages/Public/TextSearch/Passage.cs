namespace LawReport.Web.Pages.Public.TextSearch;

/// <summary>A piece of a passage: text, marked when it is one of the words searched for.</summary>
public readonly record struct PassagePart(string Text, bool IsHit);

/// <summary>
/// The matching passage of a search result: a window of text around the first hit, in the paragraph
/// that contains the most of the words searched for, split into parts so the page can mark the hits
/// (<c>&lt;mark&gt;</c>) while everything else stays HTML-encoded.
/// </summary>
public sealed record Passage(IReadOnlyList<PassagePart> Parts, bool StartsInside, bool EndsInside)
{
    /// <summary>Characters shown around a hit: about two lines on a phone, one on a wide screen.</summary>
    public const int Width = 110;

    /// <summary>How much of the window comes before the first hit.</summary>
    private const int Lead = Width / 3;

    public static Passage Empty { get; } = new([], false, false);

    /// <summary>
    /// Finds the passage in <paramref name="text"/> (one paragraph a line, the title first, as
    /// <c>Publication.SearchText</c> holds it). When only the title matches, the passage is the opening paragraph.
    /// </summary>
    public static Passage Find(string text, IReadOnlyList<SearchWord> words)
    {
        var lines = text.Split('\n');
        var best = BestLine(lines.Skip(1), words);
        if (best is null)
        {
            // Only the title matched, and the result shows the title already: show the opening instead.
            var opening = lines.Length > 1 ? lines[1] : lines[0];
            return Window(opening, 0, words);
        }

        var first = Spellings(words).Select(s => best.IndexOf(s, StringComparison.Ordinal)).Where(i => i >= 0).Min();
        return Window(best, first, words);
    }

    private static IEnumerable<string> Spellings(IReadOnlyList<SearchWord> words) => words.SelectMany(w => w.Spellings);

    private static string? BestLine(IEnumerable<string> lines, IReadOnlyList<SearchWord> words) =>
        lines
            .Select(line => (Line: line, Count: words.Count(w => w.Spellings.Any(s => line.Contains(s, StringComparison.Ordinal)))))
            .Where(x => x.Count > 0)
            .OrderByDescending(x => x.Count) // stable: the earliest of the best lines wins
            .Select(x => x.Line)
            .FirstOrDefault();

    private static Passage Window(string line, int hit, IReadOnlyList<SearchWord> words)
    {
        var end = Math.Min(line.Length, Math.Max(0, hit - Lead) + Width);
        var start = Math.Max(0, end - Width);
        start = AvoidSplitPair(line, start);
        end = AvoidSplitPair(line, end);
        var window = line[start..end];
        return new Passage(Mark(window, words), start > 0, end < line.Length);
    }

    /// <summary>Moves an index off the second half of a surrogate pair (characters beyond the basic plane).</summary>
    private static int AvoidSplitPair(string line, int index) =>
        index > 0 && index < line.Length && char.IsLowSurrogate(line[index]) ? index - 1 : index;

    private static List<PassagePart> Mark(string window, IReadOnlyList<SearchWord> words)
    {
        var hit = new bool[window.Length];
        foreach (var word in Spellings(words))
        {
            for (var i = window.IndexOf(word, StringComparison.Ordinal); i >= 0; i = window.IndexOf(word, i + 1, StringComparison.Ordinal))
            {
                Array.Fill(hit, true, i, word.Length);
            }
        }

        var parts = new List<PassagePart>();
        var from = 0;
        for (var i = 1; i <= window.Length; i++)
        {
            if (i == window.Length || hit[i] != hit[from])
            {
                parts.Add(new PassagePart(window[from..i], hit[from]));
                from = i;
            }
        }

        return parts;
    }
}
