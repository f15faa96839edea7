using Microsoft.AspNetCore.Identity;

namespace LawReport.Infrastructure.Identity;

/// <summary>A person who signs in. Filers and bureau heads belong to a bureau; reviewers and administrators don't.</summary>
public sealed class AppUser : IdentityUser
{
    public const int DisplayNameMaxLength = 50;

    /// <summary>The name shown in histories and the header, e.g. 张伟.</summary>
    public string DisplayName { get; set; } = "";

    public int? BureauId { get; set; }

    /// <summary>A deactivated account cannot sign in; its history stays (accounts are never deleted).</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>
    /// When the password was last set by its owner. Null means it was set by an administrator and must be
    /// changed at the next sign-in; older than the policy's maximum age means it has expired.
    /// </summary>
    public DateTimeOffset? PasswordChangedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
