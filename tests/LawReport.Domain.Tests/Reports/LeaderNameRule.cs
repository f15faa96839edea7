using LawReport.Domain.Reports;

namespace LawReport.Domain.Tests.Reports;

/// <summary>The rule that decides whether the leader-duties part names the leader (see <see cref="LeaderNames"/>).</summary>
public class LeaderNameRule
{
    [Theory]
    [InlineData("办党组书记、主任章勇武同志认真履行推进法治政府建设第一责任人职责。")] // seed 001
    [InlineData("成立由办党组书记、主任张宇为组长的依法行政工作领导小组。")] // seed 002
    [InlineData("王明同志带头学法。")]
    [InlineData("局长欧阳明亲自部署。")]
    [InlineData("黨組書記、主任陳明同志親自部署。")]
    public void A_named_leader_is_recognised(string text) => Assert.True(LeaderNames.AreMentionedIn(text));

    [Theory]
    [InlineData("办主要负责同志切实履行推进法治建设第一责任人职责。")] // seed 004
    [InlineData("主要负责人认真履行第一责任人职责，办领导同志带头学法。")]
    [InlineData("局长高度重视法治建设，书记全面负责。")]
    [InlineData("召开主任办公会议4次，全体党员同志参加。")]
    [InlineData("")]
    public void A_text_without_a_name_is_not_taken_for_one(string text) => Assert.False(LeaderNames.AreMentionedIn(text));
}
