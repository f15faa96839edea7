namespace LawReport.Documents.Layout;

/// <summary>
/// Breaks a title into centred lines between words, never inside one (GB/T 9704 7.3.1: 回行时要做到词意完整，
/// 排列对称，长短适宜; 梯形或菱形). Chinese has no spaces, so words come from a small lexicon of the words
/// report titles are made of, matched longest first; digits stay with their 年/年度. Among the breaks
/// that give the fewest lines, the engine prefers natural phrase ends (after 关于, a year, an
/// organisation's name) and a shape whose upper lines are not longer than the lines below them.
/// </summary>
public static class TitleBreaker
{
    /// <summary>Words of report titles (simplified and traditional). Longest match wins.</summary>
    private static readonly string[] Lexicon =
    [
        "人民政府", "外事办公室", "外事辦公室", "办公室", "辦公室", "委员会", "委員會", "法治政府", "法治政府建设",
        "法治政府建設", "法治建设", "法治建設", "依法治市", "依法行政", "年度", "年度报告", "年度報告", "情况", "情況",
        "报告", "報告", "建设", "建設", "关于", "關於", "推进", "推進", "工作", "主要", "举措", "舉措", "成效", "落实",
        "落實", "实施", "實施", "贯彻", "貫徹", "全面", "外办", "外辦", "外事", "政府", "市委", "市政府", "人民", "法治",
        "北京市", "上海市", "天津市", "重庆市", "重慶市", "常州市", "菏泽市", "菏澤市", "自治区", "自治區", "公安局",
        "司法局", "教育局", "财政局", "財政局", "管理局", "监督", "監督", "管理", "服务", "服務", "发展", "發展",
        "改革", "委员", "合作", "交流", "港澳", "事务", "事務", "国际", "國際", "执法", "執法",
    ];

    /// <summary>Words after which a title line reads as a complete phrase.</summary>
    private static readonly string[] PreferredEnds = ["关于", "關於", "办公室", "辦公室", "人民政府", "委员会", "委員會", "局", "年度", "年"];

    /// <summary>Titles are one to three lines; a longer one is broken by the body's rules instead of searched.</summary>
    private const int MaxSearchedLines = 4;

    private static readonly int LongestWord = Lexicon.Max(w => w.Length);

    /// <summary>
    /// Breaks the title atoms into lines of at most <paramref name="measureUnits"/> half cells
    /// (half cells of the title size). Returns the atom ranges of each line.
    /// </summary>
    public static IReadOnlyList<(int Start, int End)> Break(IReadOnlyList<Atom> atoms, int measureUnits)
    {
        var boundaries = WordBoundaries(atoms);
        var best = (Cost: double.MaxValue, Breaks: new List<int>());
        var lineCount = 1;
        while (best.Cost == double.MaxValue && lineCount <= MaxSearchedLines)
        {
            Search(atoms, boundaries, measureUnits, lineCount, 0, [], ref best);
            lineCount++;
        }

        if (best.Cost == double.MaxValue)
        {
            // No word boundary fits (a word wider than the line): fall back to the body's line rules.
            return LineBreaker.Break(atoms, measureUnits, justify: false).Select(l => (l.Start, l.Start + l.Atoms.Count)).ToList();
        }

        var ranges = new List<(int, int)>();
        var start = 0;
        foreach (var end in best.Breaks.Append(atoms.Count))
        {
            ranges.Add((start, end));
            start = end;
        }

        return ranges;
    }

    /// <summary>Positions (atom indices) where a line may end: between two words, within the line rules.</summary>
    public static IReadOnlyList<int> WordBoundaries(IReadOnlyList<Atom> atoms)
    {
        var text = atoms.Select(a => a.Text).ToArray();
        var names = OrganisationNames(string.Concat(text));
        var boundaries = new List<int>();
        var i = 0;
        while (i < atoms.Count)
        {
            var length = WordLengthAt(atoms, text, i);
            i += length;
            if (i < atoms.Count && LineBreaker.CanBreakBetween(atoms[i - 1], atoms[i]) && !names.Any(n => i > n.Start && i < n.End))
            {
                boundaries.Add(i);
            }
        }

        return boundaries;
    }

    /// <summary>
    /// The names of bureaus in a title, as atom ranges, which are never broken: 重庆市人民政府港澳事务办公室 is one
    /// name, not 重庆市人民政府 followed by 港澳事务办公室. A name runs from a place (…市, …区, …县) or 人民政府
    /// to the nearest 办公室, 委员会, 局 or 厅 at most 12 characters further. (Titles are BMP text: one atom a char.)
    /// </summary>
    private static List<(int Start, int End)> OrganisationNames(string title)
    {
        var names = new List<(int, int)>();
        if (title.Length != title.EnumerateRunes().Count())
        {
            return names;
        }

        for (var at = title.IndexOf("人民政府", StringComparison.Ordinal); at >= 0; at = title.IndexOf("人民政府", at + 1, StringComparison.Ordinal))
        {
            var tail = title.AsSpan(at + 4, Math.Min(12, title.Length - at - 4));
            var end = -1;
            foreach (var suffix in OrganisationSuffixes)
            {
                var found = tail.IndexOf(suffix, StringComparison.Ordinal);
                if (found >= 0 && (end < 0 || found + suffix.Length < end))
                {
                    end = found + suffix.Length;
                }
            }

            if (end < 0 || tail[..end].ContainsAny("关于關於年"))
            {
                continue;
            }

            // The place before 人民政府 belongs to the name: 重庆市, 某某区.
            var start = at;
            while (start > 0 && start > at - 8 && title[start - 1] is not ('于' or '於') && !char.IsAsciiDigit(title[start - 1]))
            {
                start--;
            }

            start = title.AsSpan(start, at - start).IndexOfAny("市区區县縣省") is var place and >= 0 ? start : at;
            names.Add((start, at + 4 + end));
        }

        return names;
    }

    private static readonly string[] OrganisationSuffixes = ["办公室", "辦公室", "委员会", "委員會", "局", "厅", "廳"];

    private static int WordLengthAt(IReadOnlyList<Atom> atoms, string[] text, int i)
    {
        // A number with its unit: 2020年, 2020年度.
        if (CharacterClasses.IsWordCharacter(atoms[i].Rune))
        {
            var j = i;
            while (j < atoms.Count && (CharacterClasses.IsWordCharacter(atoms[j].Rune) || CharacterClasses.IsWordJoiner(atoms[j].Rune)))
            {
                j++;
            }

            if (j < atoms.Count && text[j] == "年")
            {
                j += j + 1 < atoms.Count && text[j + 1] == "度" ? 2 : 1;
            }

            return j - i;
        }

        for (var length = Math.Min(LongestWord, atoms.Count - i); length > 1; length--)
        {
            var candidate = string.Concat(text.AsSpan(i, length).ToArray());
            if (Array.IndexOf(Lexicon, candidate) >= 0)
            {
                return length;
            }
        }

        return 1;
    }

    private static void Search(
        IReadOnlyList<Atom> atoms, IReadOnlyList<int> boundaries, int measure, int lines, int start, List<int> breaks,
        ref (double Cost, List<int> Breaks) best)
    {
        if (breaks.Count == lines - 1)
        {
            if (Width(atoms, start, atoms.Count) > measure + 1e-9)
            {
                return;
            }

            var cost = Cost(atoms, breaks);
            if (cost < best.Cost)
            {
                best = (cost, [.. breaks]);
            }

            return;
        }

        foreach (var boundary in boundaries)
        {
            if (boundary <= start)
            {
                continue;
            }

            if (Width(atoms, start, boundary) > measure + 1e-9)
            {
                break;
            }

            breaks.Add(boundary);
            Search(atoms, boundaries, measure, lines, boundary, breaks, ref best);
            breaks.RemoveAt(breaks.Count - 1);
        }
    }

    private static double Cost(IReadOnlyList<Atom> atoms, List<int> breaks)
    {
        var widths = new List<double>();
        var start = 0;
        foreach (var end in breaks.Append(atoms.Count))
        {
            widths.Add(Width(atoms, start, end));
            start = end;
        }

        double cost = 0;
        for (var i = 0; i + 1 < widths.Count; i++)
        {
            // An upper line longer than the one below it makes an inverted trapezoid.
            cost += widths[i] > widths[i + 1] ? 4 + ((widths[i] - widths[i + 1]) * 0.5) : (widths[i + 1] - widths[i]) * 0.25;
        }

        foreach (var end in breaks)
        {
            var preferred = PreferredEnds.Any(w => EndsWith(atoms, end, w));
            cost += preferred ? 0 : 6;
        }

        return cost;
    }

    private static bool EndsWith(IReadOnlyList<Atom> atoms, int end, string word)
    {
        if (end < word.Length)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (atoms[end - word.Length + k].Text != word[k].ToString())
            {
                return false;
            }
        }

        return true;
    }

    private static double Width(IReadOnlyList<Atom> atoms, int start, int end)
    {
        var width = 0.0;
        for (var i = start; i < end; i++)
        {
            width += atoms[i].Units;
        }

        return width;
    }
}
