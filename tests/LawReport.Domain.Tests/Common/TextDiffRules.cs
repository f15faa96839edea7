using LawReport.Domain.Common;

namespace LawReport.Domain.Tests.Common;

public class TextDiffRules
{
    [Fact]
    public void Changed_characters_in_chinese_text_are_shown_where_they_changed()
    {
        var segments = TextDiff.Characters("全年办理行政复议案件12件。", "全年办理行政复议案件15件，均已办结。");

        Assert.Equal(
            [
                new DiffSegment(DiffOperation.Equal, "全年办理行政复议案件"),
                new DiffSegment(DiffOperation.Delete, "12"),
                new DiffSegment(DiffOperation.Insert, "15"),
                new DiffSegment(DiffOperation.Equal, "件"),
                new DiffSegment(DiffOperation.Insert, "，均已办结"),
                new DiffSegment(DiffOperation.Equal, "。"),
            ],
            segments);
    }

    [Fact]
    public void Latin_words_and_numbers_count_as_one_word()
    {
        Assert.Equal(["在", "2024", "年", "APEC", "会", "议"], TextDiff.Words("在2024年APEC会议"));
    }

    [Fact]
    public void Identical_texts_are_one_equal_segment()
    {
        Assert.Equal([new DiffSegment(DiffOperation.Equal, "无变化。")], TextDiff.Characters("无变化。", "无变化。"));
        Assert.Empty(TextDiff.Characters("", ""));
    }

    [Fact]
    public void A_rewritten_paragraph_is_shown_as_removed_and_added_whole()
    {
        var before = string.Concat(Enumerable.Range(0, 600).Select(i => (char)('一' + i)));
        var after = string.Concat(Enumerable.Range(0, 600).Select(i => (char)('丁' + (i * 7 % 5000))));

        var segments = TextDiff.Characters(before, after);

        Assert.Equal([new DiffSegment(DiffOperation.Delete, before), new DiffSegment(DiffOperation.Insert, after)], segments);
    }

    [Fact]
    public void Paragraphs_are_matched_before_characters()
    {
        var diff = TextDiff.Paragraphs(
            ["第一段不变。", "第二段原文。", "第三段将被删除。", "第四段不变。"],
            ["第一段不变。", "第二段改写后的文字。", "第四段不变。", "新增的第五段。"]);

        Assert.Equal(
            [ParagraphChange.Unchanged, ParagraphChange.Changed, ParagraphChange.Removed, ParagraphChange.Unchanged, ParagraphChange.Added],
            diff.Select(p => p.Change));
        Assert.Equal("第二段改写后的文字。", diff[1].NewText);
        Assert.Contains(new DiffSegment(DiffOperation.Equal, "第二段"), diff[1].Segments);
        Assert.Contains(new DiffSegment(DiffOperation.Delete, "原"), diff[1].Segments);
        Assert.Equal("", diff[2].NewText);
    }

    /// <summary>
    /// For random texts over a small alphabet the script turns the old text into the new one and is as
    /// short as the longest common subsequence allows (computed here by the textbook table).
    /// </summary>
    [Fact]
    public void The_edit_script_is_correct_and_minimal_for_random_texts()
    {
        var random = new Random(20261121);
        for (var round = 0; round < 500; round++)
        {
            var before = RandomText(random);
            var after = RandomText(random);

            var segments = TextDiff.Characters(before, after);

            Assert.Equal(before, string.Concat(segments.Where(s => s.Operation != DiffOperation.Insert).Select(s => s.Text)));
            Assert.Equal(after, string.Concat(segments.Where(s => s.Operation != DiffOperation.Delete).Select(s => s.Text)));
            var edits = segments.Where(s => s.Operation != DiffOperation.Equal).Sum(s => s.Text.Length);
            Assert.Equal(before.Length + after.Length - (2 * LongestCommonSubsequence(before, after)), edits);
        }
    }

    private static string RandomText(Random random) =>
        new([.. Enumerable.Range(0, random.Next(0, 25)).Select(_ => "法治政府建设"[random.Next(6)])]);

    private static int LongestCommonSubsequence(string a, string b)
    {
        var table = new int[a.Length + 1, b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                table[i, j] = a[i - 1] == b[j - 1] ? table[i - 1, j - 1] + 1 : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }

        return table[a.Length, b.Length];
    }
}
