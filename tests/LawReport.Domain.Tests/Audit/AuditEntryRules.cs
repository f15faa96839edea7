using LawReport.Domain.Audit;

namespace LawReport.Domain.Tests.Audit;

public class AuditEntryRules
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_entry_records_who_when_from_where_and_what()
    {
        var entry = AuditEntry.Record(
            AuditAction.ReportTransition, new AuditActor("user-2", "李强", "10.0.0.8"), At, "某报告", "签发报送：待签发 → 已报送", "同意报送。", reportId: 7, bureauId: 3);

        Assert.Equal(
            (AuditAction.ReportTransition, "user-2", "李强", "10.0.0.8", At, "某报告", "签发报送：待签发 → 已报送", "同意报送。", (int?)7, (int?)3),
            (entry.Action, entry.ActorId, entry.ActorName, entry.RemoteAddress, entry.At, entry.Target, entry.Summary, entry.Details, entry.ReportId, entry.BureauId));
    }

    [Fact]
    public void Over_long_or_dirty_input_is_cut_and_cleaned_never_refused()
    {
        var entry = AuditEntry.Record(
            AuditAction.SignInFailed, new AuditActor("", "x\u0000y\n" + new string('a', 1000), "::1"), At, new string('t', 500), "登录失败", new string('d', 5000));

        Assert.Equal(AuditEntry.ActorNameMaxLength, entry.ActorName.Length);
        Assert.StartsWith("xy a", entry.ActorName);
        Assert.EndsWith("…", entry.ActorName);
        Assert.Equal(AuditEntry.TargetMaxLength, entry.Target.Length);
        Assert.Equal(AuditEntry.DetailsMaxLength, entry.Details.Length);
    }

    [Fact]
    public void Nothing_about_an_entry_can_be_changed_once_made()
    {
        var setters = typeof(AuditEntry).GetProperties().Where(p => p.SetMethod is { IsPublic: true });
        var mutators = typeof(AuditEntry).GetMethods().Where(m => m.DeclaringType == typeof(AuditEntry) && !m.IsStatic && !m.IsSpecialName);

        Assert.Empty(setters);
        // The one exception puts a new entry into the hash chain, once (see the next test).
        Assert.Equal(["Seal"], mutators.Select(m => m.Name));
    }

    [Fact]
    public void An_entry_is_sealed_into_the_chain_once_and_never_moved()
    {
        var entry = AuditEntry.Record(AuditAction.SignInFailed, new AuditActor("", "x", "::1"), At, "t", "登录失败", "");

        entry.Seal(1, "k1:ab");

        Assert.Throws<InvalidOperationException>(() => entry.Seal(2, "k1:cd"));
        Assert.Equal((1L, "k1:ab"), (entry.Sequence, entry.Mac));
    }

    [Fact]
    public void Every_action_has_a_chinese_label() =>
        Assert.All(Enum.GetValues<AuditAction>(), action => Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}+$", action.Label()));
}
