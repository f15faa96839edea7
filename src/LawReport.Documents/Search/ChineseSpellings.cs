using LawReport.Documents.Import.Parsing;

namespace LawReport.Documents.Search;

/// <summary>
/// The ways a word may be written in a report: in simplified characters and in traditional ones (seed
/// 003, Beijing 2023, is written in traditional characters), so that a search typed either way finds
/// both — 复议 finds 行政復議. Built on the importer's variant table, which covers administrative
/// vocabulary rather than the whole language.
/// </summary>
public static class ChineseSpellings
{
    /// <summary>Traditional spellings tried per word: a character with two traditional forms doubles them.</summary>
    public const int MaxTraditional = 8;

    /// <summary>The word as typed, all in simplified characters, and its traditional spellings.</summary>
    public static IReadOnlyList<string> Of(string word)
    {
        var simplified = ChineseVariants.Fold(word);
        IEnumerable<string> traditional = [""];
        foreach (var c in simplified)
        {
            var forms = ChineseVariants.TraditionalOf(c);
            IReadOnlyList<char> choices = forms.Count > 0 ? forms : [c];
            traditional = traditional.SelectMany(prefix => choices.Select(choice => prefix + choice));
        }

        return new[] { word, simplified }
            .Concat(traditional.Take(MaxTraditional))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
