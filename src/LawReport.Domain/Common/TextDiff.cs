namespace LawReport.Domain.Common;

public enum DiffOperation
{
    Equal,
    Insert,
    Delete,
}

/// <summary>A run of text that is in both versions, only in the new one, or only in the old one.</summary>
public sealed record DiffSegment(DiffOperation Operation, string Text);

public enum ParagraphChange
{
    Unchanged,
    Changed,
    Added,
    Removed,
}

/// <summary>One paragraph of a comparison, with the segments that show what changed inside it.</summary>
public sealed record DiffParagraph(ParagraphChange Change, IReadOnlyList<DiffSegment> Segments)
{
    /// <summary>The paragraph as it reads in the new version (empty for a removed paragraph).</summary>
    public string NewText => string.Concat(Segments.Where(s => s.Operation != DiffOperation.Delete).Select(s => s.Text));

    public static DiffParagraph Same(string text) => new(ParagraphChange.Unchanged, [new DiffSegment(DiffOperation.Equal, text)]);
}

/// <summary>
/// A plain difference of two texts, enough for a reviewer to see what a bureau changed: paragraphs are
/// matched first, then the characters inside a changed paragraph. Chinese has no spaces, so the unit is
/// the character, except that a run of Latin letters or digits (2024, APEC) counts as one word. The
/// algorithm is Myers' shortest edit script; a paragraph rewritten beyond <see cref="MaxCharacterEdits"/>
/// edits is shown as removed and added whole, which keeps the work bounded and is what a reader wants
/// for a rewrite anyway.
/// </summary>
public static class TextDiff
{
    /// <summary>Beyond this many inserted or deleted words a paragraph is treated as rewritten.</summary>
    public const int MaxCharacterEdits = 400;

    /// <summary>Beyond this many paragraphs on both sides, paragraphs are not matched at all.</summary>
    public const int MaxParagraphs = 1_000;

    /// <summary>Compares two lists of paragraphs.</summary>
    public static IReadOnlyList<DiffParagraph> Paragraphs(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var script = before.Count + after.Count <= MaxParagraphs
            ? Script(before, after, string.Equals, before.Count + after.Count)
            : null;
        script ??= [.. before.Select(p => (DiffOperation.Delete, p)), .. after.Select(p => (DiffOperation.Insert, p))];

        var result = new List<DiffParagraph>();
        var removed = new List<string>();
        var added = new List<string>();
        foreach (var (operation, paragraph) in script)
        {
            switch (operation)
            {
                case DiffOperation.Equal:
                    Flush();
                    result.Add(DiffParagraph.Same(paragraph));
                    break;
                case DiffOperation.Delete:
                    removed.Add(paragraph);
                    break;
                default:
                    added.Add(paragraph);
                    break;
            }
        }

        Flush();
        return result;

        // A run of removed and added paragraphs: pair them in order as edited paragraphs, the rest are
        // wholly removed or added.
        void Flush()
        {
            var paired = Math.Min(removed.Count, added.Count);
            for (var i = 0; i < paired; i++)
            {
                result.Add(new DiffParagraph(ParagraphChange.Changed, Characters(removed[i], added[i])));
            }

            result.AddRange(removed.Skip(paired).Select(p => new DiffParagraph(ParagraphChange.Removed, [new DiffSegment(DiffOperation.Delete, p)])));
            result.AddRange(added.Skip(paired).Select(p => new DiffParagraph(ParagraphChange.Added, [new DiffSegment(DiffOperation.Insert, p)])));
            removed.Clear();
            added.Clear();
        }
    }

    /// <summary>Compares two paragraphs word by word (a Chinese character is a word).</summary>
    public static IReadOnlyList<DiffSegment> Characters(string before, string after)
    {
        if (before == after)
        {
            return before.Length == 0 ? [] : [new DiffSegment(DiffOperation.Equal, before)];
        }

        var script = Script(Words(before), Words(after), string.Equals, MaxCharacterEdits)
            ?? [(DiffOperation.Delete, before), (DiffOperation.Insert, after)];
        return Merge(script);
    }

    /// <summary>Splits text into words: a run of ASCII letters or digits, or any other single character.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = start + 1;
            if (char.IsAsciiLetterOrDigit(text[start]))
            {
                while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
                {
                    end++;
                }
            }
            else if (char.IsHighSurrogate(text[start]) && end < text.Length && char.IsLowSurrogate(text[end]))
            {
                end++;
            }

            words.Add(text[start..end]);
            start = end;
        }

        return words;
    }

    /// <summary>Joins neighbouring tokens with the same operation into segments.</summary>
    private static List<DiffSegment> Merge(IEnumerable<(DiffOperation Operation, string Text)> script)
    {
        var segments = new List<DiffSegment>();
        foreach (var (operation, text) in script)
        {
            if (segments.Count > 0 && segments[^1].Operation == operation)
            {
                segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
            }
            else
            {
                segments.Add(new DiffSegment(operation, text));
            }
        }

        return segments;
    }

    /// <summary>
    /// The shortest edit script from <paramref name="a"/> to <paramref name="b"/> (Myers 1986), or null
    /// when it needs more than <paramref name="maxEdits"/> insertions and deletions. The common start and
    /// end are taken off first, so the search only covers the part that differs.
    /// </summary>
    internal static List<(DiffOperation Operation, T Item)>? Script<T>(IReadOnlyList<T> a, IReadOnlyList<T> b, Func<T, T, bool> equal, int maxEdits)
    {
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && equal(a[prefix], b[prefix]))
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && equal(a[a.Count - 1 - suffix], b[b.Count - 1 - suffix]))
        {
            suffix++;
        }

        var middle = Middle(a, b, prefix, suffix, equal, maxEdits);
        if (middle is null)
        {
            return null;
        }

        var script = new List<(DiffOperation, T)>(a.Count + b.Count);
        script.AddRange(a.Take(prefix).Select(x => (DiffOperation.Equal, x)));
        script.AddRange(middle);
        script.AddRange(a.Skip(a.Count - suffix).Select(x => (DiffOperation.Equal, x)));
        return script;
    }

    private static List<(DiffOperation, T)>? Middle<T>(IReadOnlyList<T> a, IReadOnlyList<T> b, int offset, int suffix, Func<T, T, bool> equal, int maxEdits)
    {
        var n = a.Count - offset - suffix;
        var m = b.Count - offset - suffix;
        var limit = Math.Min(maxEdits, n + m);

        // v[k + shift] is the furthest x reached on diagonal k; trace[d] is v before step d.
        var shift = limit + 1;
        var v = new int[2 * limit + 3];
        var trace = new List<int[]>();
        for (var d = 0; d <= limit; d++)
        {
            trace.Add((int[])v.Clone());
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[k - 1 + shift] < v[k + 1 + shift]) ? v[k + 1 + shift] : v[k - 1 + shift] + 1;
                var y = x - k;
                while (x < n && y < m && equal(a[offset + x], b[offset + y]))
                {
                    x++;
                    y++;
                }

                v[k + shift] = x;
                if (x >= n && y >= m)
                {
                    return Backtrack(a, b, offset, trace, n, m, shift);
                }
            }
        }

        return null;
    }

    private static List<(DiffOperation, T)> Backtrack<T>(IReadOnlyList<T> a, IReadOnlyList<T> b, int offset, List<int[]> trace, int x, int y, int shift)
    {
        var reversed = new List<(DiffOperation, T)>();
        for (var d = trace.Count - 1; d > 0; d--)
        {
            var v = trace[d];
            var k = x - y;
            var previousK = k == -d || (k != d && v[k - 1 + shift] < v[k + 1 + shift]) ? k + 1 : k - 1;
            var previousX = v[previousK + shift];
            var previousY = previousX - previousK;
            while (x > previousX && y > previousY)
            {
                reversed.Add((DiffOperation.Equal, a[offset + --x]));
                y--;
            }

            if (x == previousX)
            {
                reversed.Add((DiffOperation.Insert, b[offset + --y]));
            }
            else
            {
                reversed.Add((DiffOperation.Delete, a[offset + --x]));
            }
        }

        while (x > 0 && y > 0)
        {
            reversed.Add((DiffOperation.Equal, a[offset + --x]));
            y--;
        }

        reversed.Reverse();
        return reversed;
    }
}
