using LawReport.Web.Pages.Public.TextSearch;

namespace LawReport.Web.Tests.Public;

/// <summary>How a query is read and how the matching passage is cut and marked.</summary>
public class SearchPassages
{
    [Fact]
    public void Words_are_separated_by_half_or_full_width_spaces_and_repeated_words_count_once()
    {
        Assert.True(SearchTerms.TryParse(" 普法\u3000复议  普法 ", out var terms, out _));

        Assert.Equal(["普法", "复议"], terms.Words.Select(w => w.Text));
        Assert.Equal("普法 复议", terms.Text);
    }

    [Fact]
    public void A_word_is_looked_for_in_simplified_and_traditional_characters()
    {
        Assert.True(SearchTerms.TryParse("领事保护", out var simplified, out _));
        Assert.True(SearchTerms.TryParse("領事保護", out var traditional, out _));

        Assert.Contains("領事保護", simplified.Words[0].Spellings);
        Assert.Contains("领事保护", traditional.Words[0].Spellings);
        Assert.Equal(["普法"], Terms("普法").Words[0].Spellings); // nothing to vary
    }

    [Fact]
    public void The_passage_comes_from_the_paragraph_with_most_of_the_words_not_the_title()
    {
        var text = "关于普法工作的报告\n我们开展了普法宣传。\n我们开展普法进机关活动，推进行政复议规范化。\n其他工作。";

        var passage = Passage.Find(text, Terms("普法 复议").Words);

        Assert.Equal("我们开展普法进机关活动，推进行政复议规范化。", string.Concat(passage.Parts.Select(p => p.Text)));
        Assert.Equal(["普法", "复议"], passage.Parts.Where(p => p.IsHit).Select(p => p.Text));
        Assert.False(passage.StartsInside);
        Assert.False(passage.EndsInside);
    }

    [Fact]
    public void A_long_paragraph_is_cut_to_a_window_around_the_first_hit()
    {
        var paragraph = new string('甲', 300) + "普法" + new string('乙', 300);

        var passage = Passage.Find("标题\n" + paragraph, Terms("普法").Words);

        var shown = string.Concat(passage.Parts.Select(p => p.Text));
        Assert.Equal(Passage.Width, shown.Length);
        Assert.True(passage.StartsInside);
        Assert.True(passage.EndsInside);
        Assert.Equal(Passage.Width / 3, shown.IndexOf("普法", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hit_near_the_end_of_a_paragraph_still_fills_the_window()
    {
        var paragraph = new string('甲', 300) + "普法。";

        var passage = Passage.Find("标题\n" + paragraph, Terms("普法").Words);

        var shown = string.Concat(passage.Parts.Select(p => p.Text));
        Assert.Equal(Passage.Width, shown.Length);
        Assert.EndsWith("普法。", shown);
        Assert.False(passage.EndsInside);
    }

    [Fact]
    public void A_window_never_splits_a_character_beyond_the_basic_plane()
    {
        var paragraph = string.Concat(Enumerable.Repeat("𠀀", 100)) + "普法" + string.Concat(Enumerable.Repeat("𠀀", 100));

        var passage = Passage.Find("标题\n" + paragraph, Terms("普法").Words);

        var shown = string.Concat(passage.Parts.Select(p => p.Text));
        Assert.False(char.IsLowSurrogate(shown[0]));
        Assert.False(char.IsHighSurrogate(shown[^1]));
    }

    [Fact]
    public void A_hit_in_the_title_only_shows_the_opening_of_the_text()
    {
        var passage = Passage.Find("北京市外办报告\n开篇第一段。\n第二段。", Terms("北京").Words);

        Assert.Equal("开篇第一段。", string.Concat(passage.Parts.Select(p => p.Text)));
        Assert.DoesNotContain(passage.Parts, p => p.IsHit);
    }

    [Fact]
    public void Traditional_spellings_in_the_text_are_marked()
    {
        var passage = Passage.Find("標題\n本年未發生行政復議案件。", Terms("复议").Words);

        Assert.Equal(["復議"], passage.Parts.Where(p => p.IsHit).Select(p => p.Text));
    }

    private static SearchTerms Terms(string query) =>
        SearchTerms.TryParse(query, out var terms, out var error) ? terms : throw new InvalidOperationException(error);
}
