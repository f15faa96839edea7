using LawReport.Domain.Reports;

namespace LawReport.Documents.Import.Parsing;

/// <summary>
/// Reads the items of a section. The item level is the highest numbering the section uses —
/// （一） before 1、/1. before （1） — so that in seed 000 the 1、 points are items of 一、 but only
/// paragraphs inside （二） of 四、; deeper numbers stay in the paragraph text. Text before the first
/// item is an item without heading. An item heading is the run-in sentence up to its 。; a heading
/// line without one stands on its own and the lines after it are its paragraphs.
/// </summary>
internal static class ItemReader
{
    /// <summary>A run-in heading longer than this probably swallowed the start of its paragraph.</summary>
    private const int LongestLikelyHeading = 60;

    private static readonly NumberingStyle[] ItemStyles = [NumberingStyle.Item, NumberingStyle.Arabic, NumberingStyle.ArabicParenthesized];

    public static void Read(SectionDraft section, List<string> warnings)
    {
        var items = new List<ItemDraft>();
        if (section.Intro is { } intro)
        {
            items.Add(Paragraphs(intro.Text));
        }

        var sectionName = WarningText.Shorten(section.Heading.Length > 0 ? section.Heading : section.Intro?.Text ?? "正文");
        items.AddRange(ItemsOf(section.Lines, sectionName, warnings));
        foreach (var member in section.Members)
        {
            var item = HeadedItem(member.HeadingLine!, sectionName, warnings);
            item.Paragraphs.AddRange(member.Lines.Select(l => l.Text));
            items.Add(item);
        }

        section.Items = items;
    }

    /// <summary>
    /// Splits a run-in heading from its text after the numbering: up to and including the first 。(and a
    /// closing quote after it). A heading that runs straight into 一是… without punctuation (seed 004)
    /// ends before 一是. Both parts are as published; the sentence end is found in the normalised form.
    /// </summary>
    public static (string Heading, string Remainder) SplitRunIn(Line line)
    {
        var (text, normalized) = (line.Text, line.Normalized);
        var start = line.Number?.Length ?? 0;
        var stop = normalized.IndexOfAny(['。', '！', '？'], start);
        if (line.RunInEnd is { } boldEnd && boldEnd > start && (stop < 0 || stop >= boldEnd))
        {
            // The source set the heading off (bold) and its text does not close it with a full stop.
            return (text[start..boldEnd].TrimEnd(), text[boldEnd..].Trim());
        }

        var firstPoint = normalized.IndexOf("一是", start, StringComparison.Ordinal);
        if (firstPoint > start && (stop < 0 || firstPoint < stop))
        {
            return (text[start..firstPoint], text[firstPoint..]);
        }

        if (stop < 0)
        {
            return (text[start..], "");
        }

        var end = stop + 1;
        while (end < normalized.Length && "”’」』".Contains(normalized[end]))
        {
            end++;
        }

        return (text[start..end], text[end..].Trim());
    }

    private static List<ItemDraft> ItemsOf(List<Line> lines, string sectionName, List<string> warnings)
    {
        var byHint = lines.Any(l => l.Hint == LineHint.Item);
        var style = ItemStyles
            .Where(s => lines.Any(l => l.HasNoLevelHint && l.Number?.Style == s))
            .Select(s => (NumberingStyle?)s)
            .FirstOrDefault();
        var items = new List<ItemDraft>();
        ItemDraft? current = null;
        foreach (var line in lines)
        {
            var isItemHeading = byHint
                ? line.Hint == LineHint.Item
                : style is not null && line.HasNoLevelHint && line.Number?.Style == style;
            if (isItemHeading)
            {
                if (line.Number is { Value: null })
                {
                    warnings.Add($"“{sectionName}”部分的“{WarningText.Shorten(line.Text)}”在原文中缺少编号，已按位置编号，请核对。");
                }

                current = HeadedItem(line, sectionName, warnings);
                items.Add(current);
            }
            else
            {
                if (current is null)
                {
                    current = new ItemDraft(null);
                    items.Add(current);
                }

                current.Paragraphs.Add(line.Text);
            }
        }

        return items;
    }

    private static ItemDraft HeadedItem(Line line, string sectionName, List<string> warnings)
    {
        var (heading, rest) = SplitRunIn(line);
        if (heading.Length > LongestLikelyHeading)
        {
            warnings.Add($"“{sectionName}”部分的小标题“{WarningText.Shorten(heading)}”有{heading.Length}字，可能与正文连在了一起，请核对。");
        }

        var item = new ItemDraft(heading);
        if (rest.Length > 0)
        {
            item.Paragraphs.Add(rest);
        }

        return item;
    }

    private static ItemDraft Paragraphs(string text)
    {
        var item = new ItemDraft(null);
        item.Paragraphs.Add(text);
        return item;
    }
}
