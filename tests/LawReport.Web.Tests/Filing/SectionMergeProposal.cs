using LawReport.Domain.Reports;
using LawReport.Web.Pages.Reports.Editing;

namespace LawReport.Web.Tests.Filing;

/// <summary>The merge proposal after a conflict: both versions' items, shared ones once, the filer's first where they differ.</summary>
public class SectionMergeProposal
{
    private static ReportItemContent Item(string body) => new(null, body);

    [Fact]
    public void Items_both_versions_share_appear_once_in_their_place()
    {
        var merged = SectionMerge.Items([Item("甲"), Item("我的乙"), Item("丙")], [Item("甲"), Item("他的乙"), Item("丙"), Item("丁")]);

        Assert.Equal(["甲", "我的乙", "他的乙", "丙", "丁"], merged.Select(m => m.Content.Body));
        Assert.Equal([MergeOrigin.Both, MergeOrigin.Mine, MergeOrigin.Theirs, MergeOrigin.Both, MergeOrigin.Theirs], merged.Select(m => m.Origin));
    }

    [Fact]
    public void Reordered_items_are_kept_from_both_sides_so_nothing_is_lost()
    {
        var merged = SectionMerge.Items([Item("乙"), Item("甲")], [Item("甲"), Item("乙")]);

        Assert.Equal(3, merged.Count);
        Assert.Single(merged, m => m.Origin == MergeOrigin.Both);
        Assert.Equal(["乙", "甲"], merged.Select(m => m.Content.Body).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Against_a_removed_section_the_proposal_is_the_filers_version()
    {
        var merged = SectionMerge.Items([Item("甲")], []);

        Assert.Equal((MergeOrigin.Mine, "甲"), (Assert.Single(merged).Origin, merged[0].Content.Body));
    }
}
