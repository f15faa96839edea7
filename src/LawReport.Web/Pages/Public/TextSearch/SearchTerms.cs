using LawReport.Documents.Search;
using LawReport.Domain.Common;

namespace LawReport.Web.Pages.Public.TextSearch;

/// <summary>
/// What a visitor typed into the search box, as words: separated by spaces (half- or full-width), each
/// of which a report must contain. Chinese is not split further: <c>复议</c> finds 行政复议 and 复议决定
/// alike, which is what a reader of these reports expects; and each word is looked for in simplified and
/// in traditional characters (<see cref="ChineseSpellings"/>).
/// </summary>
public sealed record SearchTerms
{
    public const int MaxLength = 40;
    public const int MaxWords = 5;

    private SearchTerms(IReadOnlyList<SearchWord> words) => Words = words;

    public IReadOnlyList<SearchWord> Words { get; }

    /// <summary>The words as typed, for the search box and the page title.</summary>
    public string Text => string.Join(" ", Words.Select(w => w.Text));

    /// <summary>Reads the query; <paramref name="error"/> explains in Chinese why it cannot be searched.</summary>
    public static bool TryParse(string? query, out SearchTerms terms, out string error)
    {
        terms = new SearchTerms([]);
        var text = PlainText.Line(query);
        if (text.Length == 0)
        {
            error = "请输入要检索的词语。";
            return false;
        }

        if (text.Length > MaxLength)
        {
            error = $"检索词不能超过{MaxLength}个字符。";
            return false;
        }

        var words = text
            .Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (words.Count > MaxWords)
        {
            error = $"最多同时检索{MaxWords}个词语，请用空格分开。";
            return false;
        }

        terms = new SearchTerms(words.Select(w => new SearchWord(w, ChineseSpellings.Of(w))).ToList());
        error = "";
        return true;
    }
}

/// <summary>One word searched for, and the spellings any of which counts as finding it.</summary>
public sealed record SearchWord(string Text, IReadOnlyList<string> Spellings);
