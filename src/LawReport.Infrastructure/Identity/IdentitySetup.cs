using LawReport.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LawReport.Infrastructure.Identity;

/// <summary>The identity configuration the web app and the command line share.</summary>
public static class IdentitySetup
{
    public static void ConfigureOptions(IdentityOptions options)
    {
        options.Password.RequiredLength = PasswordPolicy.MinimumLength;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 4;

        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = PasswordPolicy.MaxFailedSignIns;
        options.Lockout.DefaultLockoutTimeSpan = PasswordPolicy.LockoutDuration;

        // "Confirmed" means "active" here (ActiveAccountConfirmation).
        options.SignIn.RequireConfirmedAccount = true;
        options.User.RequireUniqueEmail = false;
        options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
    }

    /// <summary>Stores, Chinese messages, the password rule and the active-account check.</summary>
    public static IdentityBuilder AddLawReportStores(this IdentityBuilder builder) =>
        builder
            .AddEntityFrameworkStores<AppDbContext>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddPasswordValidator<CharacterClassesPasswordValidator>()
            .AddPasswordValidator<BlockedPasswordValidator>()
            .AddPasswordValidator<PasswordHistoryValidator>()
            .AddUserConfirmation<ActiveAccountConfirmation>();
}
