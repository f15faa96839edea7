using LawReport.Domain.Common;

namespace LawReport.Domain.Audit;

/// <summary>What an audit entry records. Stored by name.</summary>
public enum AuditAction
{
    SignInSucceeded = 1,
    SignInFailed = 2,
    RolesChanged = 3,
    ReportCreated = 4,
    ReportTransition = 5,
    PublicationCreated = 6,
    PublicationWithdrawn = 7,
    PublicationCorrected = 8,
    AccountSecurityChanged = 9,
}

public static class AuditActions
{
    public static string Label(this AuditAction action) => action switch
    {
        AuditAction.SignInSucceeded => "登录成功",
        AuditAction.SignInFailed => "登录失败",
        AuditAction.RolesChanged => "角色变更",
        AuditAction.ReportCreated => "新建报告",
        AuditAction.ReportTransition => "报告流转",
        AuditAction.PublicationCreated => "公开发布",
        AuditAction.PublicationWithdrawn => "撤回公开",
        AuditAction.PublicationCorrected => "标记已更正",
        AuditAction.AccountSecurityChanged => "账号安全变更",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}

/// <summary>Who did something and from where (the remote address of the request).</summary>
public sealed record AuditActor(string UserId, string Name, string RemoteAddress);

/// <summary>
/// One entry of the audit log (等保 2.0 安全审计): who did what, when, from where. Entries are only ever
/// added: the class has no method that changes one, the database layer refuses to update or delete
/// one, and the application has no page that would. Texts are cut to their column length rather than
/// refused, because an audit entry must never fail to be written (a failed sign-in may send anything as
/// a user name).
/// </summary>
public sealed class AuditEntry
{
    public const int ActionMaxLength = 32;
    public const int ActorIdMaxLength = 450;
    public const int ActorNameMaxLength = 256;
    public const int RemoteAddressMaxLength = 64;
    public const int TargetMaxLength = 200;
    public const int SummaryMaxLength = 200;
    public const int DetailsMaxLength = 2_000;
    public const int MacMaxLength = 80;

    private AuditEntry()
    {
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public AuditAction Action { get; private set; }

    /// <summary>The account's id; empty when there is none (a failed sign-in with an unknown name, the system).</summary>
    public string ActorId { get; private set; } = "";

    public string ActorName { get; private set; } = "";

    public string RemoteAddress { get; private set; } = "";

    /// <summary>What was acted on: a report's title, an account, a publication's 索引号.</summary>
    public string Target { get; private set; } = "";

    /// <summary>What happened, in a line, e.g. 签发报送：待签发 → 已报送.</summary>
    public string Summary { get; private set; } = "";

    /// <summary>The comment or reason given, or other particulars (SHA-256 of a published PDF…).</summary>
    public string Details { get; private set; } = "";

    public int? ReportId { get; private set; }

    public int? BureauId { get; private set; }

    /// <summary>
    /// The entry's place in the hash chain: 1, 2, 3… without gaps (a gap is a removed entry). Given when
    /// the entry is sealed, just before it is saved. Entries written before the chain existed carry their id.
    /// </summary>
    public long Sequence { get; private set; }

    /// <summary>
    /// <c>keyId:hex</c>, the HMAC-SHA256 over <see cref="ChainContent"/> and the previous entry's MAC;
    /// empty for entries written before the chain existed.
    /// </summary>
    public string Mac { get; private set; } = "";

    public bool IsSealed => Mac.Length > 0;

    /// <summary>Puts the entry into the chain; once only, so a sealed entry cannot be moved.</summary>
    public void Seal(long sequence, string mac)
    {
        if (IsSealed)
        {
            throw new InvalidOperationException("An audit entry is sealed once.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentException.ThrowIfNullOrEmpty(mac);
        Sequence = sequence;
        Mac = mac;
    }

    /// <summary>
    /// Everything the MAC covers, each field prefixed with its length so no two entries share a text:
    /// the sequence, time (UTC microseconds), kind, actor, address, object, summary, details and the ids.
    /// </summary>
    public static string ChainContent(AuditEntry entry, long sequence)
    {
        var fields = new[]
        {
            sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // Microseconds, the finest precision every provider keeps (PostgreSQL drops the last tick digit).
            (entry.At.UtcTicks / 10).ToString(System.Globalization.CultureInfo.InvariantCulture),
            entry.Action.ToString(),
            entry.ActorId,
            entry.ActorName,
            entry.RemoteAddress,
            entry.Target,
            entry.Summary,
            entry.Details,
            entry.ReportId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            entry.BureauId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        };
        return string.Concat(fields.Select(f => $"{f.Length}:{f}|"));
    }

    public static AuditEntry Record(
        AuditAction action,
        AuditActor actor,
        DateTimeOffset at,
        string target,
        string summary,
        string details = "",
        int? reportId = null,
        int? bureauId = null) => new()
        {
            Action = action,
            At = at,
            ActorId = Cut(actor.UserId, ActorIdMaxLength),
            ActorName = Cut(actor.Name, ActorNameMaxLength),
            RemoteAddress = Cut(actor.RemoteAddress, RemoteAddressMaxLength),
            Target = Cut(target, TargetMaxLength),
            Summary = Cut(summary, SummaryMaxLength),
            Details = Cut(details, DetailsMaxLength, PlainText.Block),
            ReportId = reportId,
            BureauId = bureauId,
        };

    private static string Cut(string? value, int maxLength) => Cut(value, maxLength, PlainText.Line);

    private static string Cut(string? value, int maxLength, Func<string?, string> normalize)
    {
        var text = normalize(value);
        return text.Length <= maxLength ? text : text[..(maxLength - 1)] + "…";
    }
}
