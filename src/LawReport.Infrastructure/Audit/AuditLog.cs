using LawReport.Domain.Audit;
using LawReport.Domain.Users;
using LawReport.Infrastructure.Data;
using LawReport.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Infrastructure.Audit;

/// <summary>
/// The audit entries that are not a side effect of a save (those are <see cref="AuditTrailInterceptor"/>'s):
/// sign-ins, successful or not, and role changes. Entries are only ever added.
/// </summary>
public sealed class AuditLog(AppDbContext db, IAuditContext context, ILookupNormalizer normalizer, TimeProvider time)
{
    /// <summary>Records a sign-in attempt under the name typed, with the account when there is one.</summary>
    public async Task RecordSignInAsync(string userName, SignInResult result, CancellationToken cancellationToken = default)
    {
        var normalized = normalizer.NormalizeName(userName.Trim());
        var user = await db.Users.AsNoTracking()
            .Where(u => u.NormalizedUserName == normalized)
            .Select(u => new { u.Id, u.DisplayName })
            .FirstOrDefaultAsync(cancellationToken);
        var actor = new AuditActor(user?.Id ?? "", userName.Trim(), context.Actor.RemoteAddress);
        var target = user is null ? $"账号 {userName.Trim()}（不存在）" : $"账号 {userName.Trim()}（{user.DisplayName}）";
        var entry = result.Succeeded
            ? AuditEntry.Record(AuditAction.SignInSucceeded, actor, time.GetUtcNow(), target, "登录成功")
            : AuditEntry.Record(AuditAction.SignInFailed, actor, time.GetUtcNow(), target, "登录失败", FailureReason(result, user is not null));
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Adds a role change to the current save: the roles an account had and has, changed by whoever is
    /// acting. The caller saves, in the same transaction as the change itself.
    /// </summary>
    public void AddRoleChange(AppUser user, IReadOnlyCollection<string> before, IReadOnlyCollection<string> after)
    {
        var added = after.Except(before).Select(Roles.Label).ToList();
        var removed = before.Except(after).Select(Roles.Label).ToList();
        var details = string.Join("；", new[]
        {
            added.Count > 0 ? "增加：" + string.Join("、", added) : "",
            removed.Count > 0 ? "移除：" + string.Join("、", removed) : "",
        }.Where(part => part.Length > 0));
        db.AuditEntries.Add(AuditEntry.Record(
            AuditAction.RolesChanged,
            context.Actor,
            time.GetUtcNow(),
            $"账号 {user.UserName}（{user.DisplayName}）",
            $"角色：{Labels(before)} → {Labels(after)}",
            details,
            bureauId: user.BureauId));
    }

    /// <summary>
    /// Adds a change to an account's security (password reset, second factor reset, deactivation) to the
    /// current save; the caller saves.
    /// </summary>
    public void AddAccountSecurityChange(AppUser user, string summary) =>
        db.AuditEntries.Add(AuditEntry.Record(
            AuditAction.AccountSecurityChanged,
            context.Actor,
            time.GetUtcNow(),
            $"账号 {user.UserName}（{user.DisplayName}）",
            summary,
            bureauId: user.BureauId));

    private static string Labels(IEnumerable<string> roles) =>
        roles.Any() ? string.Join("、", roles.Order(StringComparer.Ordinal).Select(Roles.Label)) : "无";

    private static string FailureReason(SignInResult result, bool accountExists) => result switch
    {
        { IsLockedOut: true } => "账号已锁定",
        { IsNotAllowed: true } => "账号已停用",
        _ when !accountExists => "用户名不存在",
        _ => "密码错误",
    };
}
