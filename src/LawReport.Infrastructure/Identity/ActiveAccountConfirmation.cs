using Microsoft.AspNetCore.Identity;

namespace LawReport.Infrastructure.Identity;

/// <summary>
/// Only active accounts may sign in. Plugged in as the "confirmed account" check, so Identity refuses a
/// deactivated account at sign-in and the security-stamp check ends its open sessions.
/// </summary>
public sealed class ActiveAccountConfirmation : IUserConfirmation<AppUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<AppUser> manager, AppUser user) => Task.FromResult(user.IsActive);
}
