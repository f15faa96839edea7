using System.Text.RegularExpressions;
using LawReport.Documents.Model;

namespace LawReport.Documents.Import.Parsing;

/// <summary>
/// Reads the disclosure-catalogue lines government pages print above a report (seed 002:
/// <c>索 引 号:014109568/2022-00012</c>, <c>生成日期:2022-03-21 公开日期:2022-03-22 废止日期:有效</c>) and
/// the date/source line of news-style pages (seed 003: <c>日期:2024-03-30 20:00 來源:…</c>). A line is
/// metadata when it starts with a known key; several key:value pairs may share a line.
/// </summary>
internal static partial class DisclosureMetadataReader
{
    private const int LongestMetadataLine = 300;

    /// <summary>Keys that also start ordinary sentences, trusted only on short lines with a usable value.</summary>
    private static readonly HashSet<string> WeakKeys = ["日期", "时间", "来源", "信息来源"];

    private static readonly (string Key, Field Field)[] Keys =
    [
        ("信息名称", Field.Title), ("标题", Field.Title), ("文章标题", Field.Title), ("名称", Field.Title), ("索引号", Field.IndexNumber),
        ("法定主动公开分类", Field.Category), ("主题分类", Field.Category), ("信息分类", Field.Category), ("公开分类", Field.Category), ("分类", Field.Category),
        ("发布机构", Field.Publisher), ("发文机关", Field.Publisher), ("发布单位", Field.Publisher), ("信息来源", Field.Source), ("来源", Field.Source),
        ("生成日期", Field.DateGenerated), ("成文日期", Field.DateWritten),
        ("公开日期", Field.DatePublished), ("发布日期", Field.DatePublished), ("发布时间", Field.DatePublished), ("日期", Field.DatePublished), ("时间", Field.DatePublished),
        ("公开方式", Field.DisclosureMethod), ("文件编号", Field.DocumentNumber), ("发文字号", Field.DocumentNumber), ("文号", Field.DocumentNumber),
        ("有效性", Field.Validity), ("废止日期", Field.Validity), ("时效", Field.Validity),
        ("内容概述", Field.Summary), ("摘要", Field.Summary),
        ("主题词", Field.Ignored), ("关键词", Field.Ignored), ("公开范围", Field.Ignored), ("公开时限", Field.Ignored),
        ("体裁分类", Field.Ignored), ("组配分类", Field.Ignored), ("服务对象", Field.Ignored),
        // Counters and toolbars that pages print on a metadata line: keys only so that they end the value before them.
        ("浏览次数", Field.Ignored), ("访问次数", Field.Ignored), ("点击次数", Field.Ignored), ("阅读次数", Field.Ignored), ("浏览量", Field.Ignored),
        ("点击数", Field.Ignored), ("字体", Field.Ignored), ("字号", Field.Ignored),
    ];

    private static readonly Regex KeyPattern = BuildKeyPattern();

    private enum Field
    {
        Title,
        IndexNumber,
        Category,
        Publisher,
        Source,
        DateGenerated,
        DateWritten,
        DatePublished,
        DisclosureMethod,
        DocumentNumber,
        Validity,
        Summary,
        Ignored,
    }

    /// <summary>
    /// Reads <paramref name="line"/> into <paramref name="metadata"/> if it is a metadata line: keys are
    /// recognised in its folded form, values are taken as published.
    /// </summary>
    public static bool TryRead(Line line, MetadataBuilder metadata)
    {
        var text = line.Text;
        if (text.Length > LongestMetadataLine)
        {
            return false;
        }

        var keys = KeyPattern.Matches(line.Folded);
        if (keys.Count == 0 || keys[0].Index != 0)
        {
            return false;
        }

        var pairs = new List<(Field Field, string Value)>();
        for (var i = 0; i < keys.Count; i++)
        {
            var start = keys[i].Index + keys[i].Length;
            var end = i + 1 < keys.Count ? keys[i + 1].Index : text.Length;
            var key = WhiteSpace().Replace(keys[i].Groups["key"].Value, "");
            pairs.Add((Keys.First(k => k.Key == key).Field, Value(text[start..end])));
        }

        var firstKey = WhiteSpace().Replace(keys[0].Groups["key"].Value, "");
        if (WeakKeys.Contains(firstKey) && (text.Length > 80 || !pairs.Any(IsUsable)))
        {
            return false;
        }

        foreach (var (field, value) in pairs)
        {
            Apply(metadata, field, value);
        }

        return true;
    }

    /// <summary>Whether <paramref name="text"/> is a catalogue key (索引号, 发 布 机 构), as a table cell writes it without its colon.</summary>
    public static bool IsKey(string text)
    {
        var folded = ChineseVariants.Fold(text.Trim());
        return KeyPattern.Match(folded + "：") is { Success: true, Index: 0 } key && key.Length == folded.Length + 1;
    }

    /// <summary>A value ends where a toolbar bracket starts (市政府外办 【字体：大 中 小】).</summary>
    private static string Value(string raw)
    {
        var bracket = raw.IndexOfAny(['【', '[']);
        return (bracket >= 0 ? raw[..bracket] : raw).Trim();
    }

    private static bool IsUsable((Field Field, string Value) pair) =>
        pair.Field is Field.DateGenerated or Field.DateWritten or Field.DatePublished
            ? DateReader.Leading(pair.Value) is not null
            : pair.Value.Length > 0;

    private static void Apply(MetadataBuilder metadata, Field field, string value)
    {
        if (value.Length == 0)
        {
            return;
        }

        var known = metadata.Disclosure;
        switch (field)
        {
            case Field.Title:
                metadata.Title ??= value;
                return;
            case Field.DateWritten:
                metadata.DateWritten ??= DateReader.Leading(value);
                return;
            case Field.Ignored:
                return;
        }

        // The first value of a field wins, except that a named publisher (发布机构) beats a source line (来源).
        metadata.Disclosure = field switch
        {
            Field.IndexNumber => known with { IndexNumber = known.IndexNumber ?? value },
            Field.Category => known with { Category = known.Category ?? value },
            Field.Publisher => known with { Publisher = value },
            Field.Source => known with { Publisher = known.Publisher ?? value },
            Field.DateGenerated => known with { DateGenerated = known.DateGenerated ?? DateReader.Leading(value) },
            Field.DatePublished => known with { DatePublished = known.DatePublished ?? DateReader.Leading(value) },
            Field.DisclosureMethod => known with { DisclosureMethod = known.DisclosureMethod ?? value },
            Field.DocumentNumber => known with { DocumentNumber = known.DocumentNumber ?? value },
            Field.Validity => known with { Validity = known.Validity ?? value },
            Field.Summary => known with { Summary = known.Summary ?? value },
            _ => known,
        };
    }

    /// <summary>Keys longest first; their characters may be spaced out (索 引 号); a key starts the line or follows a space.</summary>
    private static Regex BuildKeyPattern()
    {
        var alternatives = Keys
            .Select(k => k.Key)
            .OrderByDescending(k => k.Length)
            .Select(k => string.Join(@"\s*", k.Select(c => Regex.Escape(c.ToString()))));
        return new Regex(@"(?:^|(?<=[\s【\[]))(?<key>" + string.Join("|", alternatives) + @")\s*[：:]", RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}

/// <summary>Disclosure metadata as it is collected from a page, plus what the catalogue says about the report itself.</summary>
internal sealed class MetadataBuilder
{
    /// <summary>信息名称: the report's title as the catalogue lists it.</summary>
    public string? Title { get; set; }

    /// <summary>成文日期 in the catalogue.</summary>
    public DateOnly? DateWritten { get; set; }

    public DisclosureMetadata Disclosure { get; set; } = new();

    /// <summary>The metadata, or null when the page carried none.</summary>
    public DisclosureMetadata? Build() => Disclosure == new DisclosureMetadata() ? null : Disclosure;
}
