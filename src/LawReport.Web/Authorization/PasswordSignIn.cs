using LawReport.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace LawReport.Web.Authorization;

/// <summary>What a user name and password amount to, before any session is started.</summary>
public enum PasswordCheck
{
    /// <summary>Unknown account or wrong password: one answer for both.</summary>
    Refused,

    /// <summary>Right password, but the account is locked after repeated failures.</summary>
    LockedOut,

    /// <summary>Right password, but the account is deactivated.</summary>
    Inactive,

    Succeeded,
}

/// <summary>
/// Checks a password so that the answer and its timing do not tell accounts apart (ASVS 2.2.1, 3.x):
/// an unknown name costs one password hash like a known one, and the locked and deactivated states are
/// told only to someone who gave the right password. Identity's own <c>PasswordSignInAsync</c> answers
/// "locked" or "not allowed" before it checks the password, and answers an unknown name at once.
/// </summary>
public sealed class PasswordSignIn(UserManager<AppUser> users)
{
    /// <summary>The hash of a password nobody knows, verified when the account does not exist.</summary>
    private static readonly Lazy<string> UnknownAccountHash =
        new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString("N")));

    public async Task<(PasswordCheck Result, AppUser? User)> CheckAsync(string userName, string password)
    {
        var user = await users.FindByNameAsync(userName);
        if (user?.PasswordHash is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new AppUser(), UnknownAccountHash.Value, password);
            return (PasswordCheck.Refused, null);
        }

        var locked = await users.IsLockedOutAsync(user);
        if (!await users.CheckPasswordAsync(user, password))
        {
            if (!locked)
            {
                // Counts towards Identity's lockout (PasswordPolicy.MaxFailedSignIns).
                await users.AccessFailedAsync(user);
            }

            return (PasswordCheck.Refused, user);
        }

        if (locked)
        {
            return (PasswordCheck.LockedOut, user);
        }

        if (!user.IsActive)
        {
            return (PasswordCheck.Inactive, user);
        }

        await users.ResetAccessFailedCountAsync(user);
        return (PasswordCheck.Succeeded, user);
    }
}
