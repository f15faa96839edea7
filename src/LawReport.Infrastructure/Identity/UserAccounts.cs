using LawReport.Domain.Common;
using LawReport.Domain.Users;
using LawReport.Infrastructure.Audit;
using LawReport.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Infrastructure.Identity;

/// <summary>What a new account needs. A temporary password must be changed at the first sign-in.</summary>
public sealed record NewAccount(
    string UserName,
    string DisplayName,
    int? BureauId,
    IReadOnlyCollection<string> Roles,
    string Password,
    bool PasswordIsTemporary = true);

/// <summary>
/// Where an account change comes from. The portal's pages manage business accounts only; administrator
/// accounts are managed on the server (<see cref="Roles.EnsureManagedInPortal"/>, ADR-016).
/// </summary>
public enum AccountChannel
{
    Portal,
    Server,
}

/// <summary>
/// The account rules on top of Identity's <see cref="UserManager{TUser}"/>: role combinations
/// (三权分立), bureau membership, temporary passwords, deactivation. The administration pages and
/// <c>lawreport create-admin</c> both go through here. Failures come back as Chinese messages.
/// </summary>
public sealed class UserAccounts(UserManager<AppUser> users, AppDbContext db, AuditLog audit, TimeProvider time)
{
    public async Task<IdentityResult> CreateAsync(NewAccount account)
    {
        var displayName = PlainText.Line(account.DisplayName);
        if (displayName.Length is 0 or > AppUser.DisplayNameMaxLength)
        {
            return Failed($"姓名不能为空，且不超过{AppUser.DisplayNameMaxLength}个字符。");
        }

        var check = await CheckRolesAsync(account.Roles, account.BureauId);
        if (!check.Succeeded)
        {
            return check;
        }

        var user = new AppUser
        {
            UserName = PlainText.Line(account.UserName),
            DisplayName = displayName,
            BureauId = account.BureauId,
            CreatedAt = time.GetUtcNow(),
            PasswordChangedAt = account.PasswordIsTemporary ? null : time.GetUtcNow(),
        };

        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await users.CreateAsync(user, account.Password);
        if (result.Succeeded && account.Roles.Count > 0)
        {
            result = await users.AddToRolesAsync(user, account.Roles);
        }

        if (result.Succeeded)
        {
            if (account.Roles.Count > 0)
            {
                audit.AddRoleChange(user, [], account.Roles);
                await db.SaveChangesAsync();
            }

            await transaction.CommitAsync();
        }

        return result;
    }

    /// <summary>Replaces the account's roles with <paramref name="roles"/> after checking the combination.</summary>
    public async Task<IdentityResult> SetRolesAsync(AppUser user, IReadOnlyCollection<string> roles, AccountChannel channel = AccountChannel.Portal)
    {
        var check = await CheckRolesAsync(roles, user.BureauId);
        if (!check.Succeeded)
        {
            return check;
        }

        var current = await users.GetRolesAsync(user);
        if (channel == AccountChannel.Portal && !ManagedInPortal(current, roles, out var refusal))
        {
            return refusal;
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await users.RemoveFromRolesAsync(user, current.Except(roles).ToList());
        if (result.Succeeded)
        {
            result = await users.AddToRolesAsync(user, roles.Except(current).ToList());
        }

        if (result.Succeeded)
        {
            // Sessions pick up the new roles at their next security-stamp check.
            result = await users.UpdateSecurityStampAsync(user);
        }

        if (result.Succeeded)
        {
            audit.AddRoleChange(user, [.. current], roles);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        return result;
    }

    public async Task<IdentityResult> UpdateProfileAsync(AppUser user, string displayName, int? bureauId)
    {
        var name = PlainText.Line(displayName);
        if (name.Length is 0 or > AppUser.DisplayNameMaxLength)
        {
            return Failed($"姓名不能为空，且不超过{AppUser.DisplayNameMaxLength}个字符。");
        }

        var check = await CheckRolesAsync(await users.GetRolesAsync(user), bureauId);
        if (!check.Succeeded)
        {
            return check;
        }

        var bureauChanged = user.BureauId != bureauId;
        user.DisplayName = name;
        user.BureauId = bureauId;
        var result = await users.UpdateAsync(user);
        return result.Succeeded && bureauChanged ? await users.UpdateSecurityStampAsync(user) : result;
    }

    /// <summary>Deactivating ends the account's sessions; the account and its history stay.</summary>
    public async Task<IdentityResult> SetActiveAsync(AppUser user, bool active, AccountChannel channel = AccountChannel.Portal)
    {
        if (channel == AccountChannel.Portal && !ManagedInPortal(await users.GetRolesAsync(user), null, out var refusal))
        {
            return refusal;
        }

        user.IsActive = active;
        var result = await users.UpdateAsync(user);
        result = result.Succeeded ? await users.UpdateSecurityStampAsync(user) : result;
        if (result.Succeeded)
        {
            audit.AddAccountSecurityChange(user, active ? "启用账号" : "停用账号");
            await db.SaveChangesAsync();
        }

        return result;
    }

    /// <summary>An administrator sets a temporary password; the owner must change it at the next sign-in.</summary>
    public async Task<IdentityResult> ResetPasswordAsync(AppUser user, string temporaryPassword, AccountChannel channel = AccountChannel.Portal)
    {
        if (channel == AccountChannel.Portal && !ManagedInPortal(await users.GetRolesAsync(user), null, out var refusal))
        {
            return refusal;
        }

        var result = await ValidatePasswordAsync(user, temporaryPassword);
        if (!result.Succeeded)
        {
            return result;
        }

        var previousHash = user.PasswordHash;
        user.PasswordHash = users.PasswordHasher.HashPassword(user, temporaryPassword);
        user.PasswordChangedAt = null;
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        result = await users.UpdateSecurityStampAsync(user);
        if (result.Succeeded)
        {
            await PasswordHistoryValidator.RememberAsync(users, user, previousHash);
            audit.AddAccountSecurityChange(user, channel == AccountChannel.Server ? "在服务器上重置密码" : "重置密码");
            await db.SaveChangesAsync();
        }

        return result;
    }

    /// <summary>The owner changes their password, proving the current one.</summary>
    public async Task<IdentityResult> ChangeOwnPasswordAsync(AppUser user, string currentPassword, string newPassword)
    {
        if (currentPassword == newPassword)
        {
            return Failed("新密码不能与当前密码相同。");
        }

        // A wrong current password counts towards the lockout like a wrong one at sign-in: otherwise a
        // stolen session could guess the password here without limit (ASVS 2.2.1).
        if (await users.IsLockedOutAsync(user))
        {
            return Failed(LockedOutMessage);
        }

        if (!await users.CheckPasswordAsync(user, currentPassword))
        {
            await users.AccessFailedAsync(user);
            return await users.IsLockedOutAsync(user)
                ? Failed(LockedOutMessage)
                : IdentityResult.Failed(users.ErrorDescriber.PasswordMismatch());
        }

        var previous = user.PasswordChangedAt;
        var previousHash = user.PasswordHash;
        user.PasswordChangedAt = time.GetUtcNow();
        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!result.Succeeded)
        {
            user.PasswordChangedAt = previous;
        }
        else
        {
            await PasswordHistoryValidator.RememberAsync(users, user, previousHash);
        }

        return result;
    }

    public static readonly string LockedOutMessage =
        $"账号已锁定：密码连续错误{PasswordPolicy.MaxFailedSignIns}次。请{(int)PasswordPolicy.LockoutDuration.TotalMinutes}分钟后再试，或联系安全管理员解锁。";

    public async Task<IdentityResult> UnlockAsync(AppUser user)
    {
        var result = await users.SetLockoutEndDateAsync(user, null);
        return result.Succeeded ? await users.ResetAccessFailedCountAsync(user) : result;
    }

    private async Task<IdentityResult> ValidatePasswordAsync(AppUser user, string password)
    {
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            if (!result.Succeeded)
            {
                return result;
            }
        }

        return IdentityResult.Success;
    }

    private async Task<IdentityResult> CheckRolesAsync(IEnumerable<string> roles, int? bureauId)
    {
        try
        {
            Roles.EnsureCompatible(roles, bureauId is not null);
        }
        catch (DomainException e)
        {
            return Failed(e.Message);
        }

        if (bureauId is { } id && !await db.Bureaus.AnyAsync(b => b.Id == id && b.IsActive))
        {
            return Failed("所选单位不存在或已停用。");
        }

        return IdentityResult.Success;
    }

    private static bool ManagedInPortal(IEnumerable<string> current, IEnumerable<string>? next, out IdentityResult refusal)
    {
        try
        {
            Roles.EnsureManagedInPortal(current, next);
            refusal = IdentityResult.Success;
            return true;
        }
        catch (DomainException e)
        {
            refusal = Failed(e.Message);
            return false;
        }
    }

    private static IdentityResult Failed(string message) => IdentityResult.Failed(new IdentityError { Code = "LawReport", Description = message });
}
