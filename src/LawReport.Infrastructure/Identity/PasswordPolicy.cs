namespace LawReport.Infrastructure.Identity;

/// <summary>The account policy of PRODUCT.md §2 (the usual 等保 2.0 profile), in one place.</summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 12;

    /// <summary>Of upper case, lower case, digits and symbols, a password uses at least this many.</summary>
    public const int RequiredCharacterClasses = 3;

    public static readonly TimeSpan MaximumAge = TimeSpan.FromDays(90);

    public const int MaxFailedSignIns = 5;

    /// <summary>A new password may not be any of this many recent ones (the current one included).</summary>
    public const int RememberedPasswords = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    /// <summary>The password must be changed before anything else: set by an administrator, or too old.</summary>
    public static bool MustChange(AppUser user, DateTimeOffset now) =>
        user.PasswordChangedAt is not { } changed || now - changed > MaximumAge;
}
