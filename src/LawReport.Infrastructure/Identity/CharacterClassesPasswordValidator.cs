using Microsoft.AspNetCore.Identity;

namespace LawReport.Infrastructure.Identity;

/// <summary>
/// At least <see cref="PasswordPolicy.RequiredCharacterClasses"/> of the four character classes, and not
/// the user name. (Identity's own options can only require each class, not "3 of 4".)
/// </summary>
public sealed class CharacterClassesPasswordValidator : IPasswordValidator<AppUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        password ??= "";
        var classes = new[]
        {
            password.Any(char.IsAsciiLetterUpper),
            password.Any(char.IsAsciiLetterLower),
            password.Any(char.IsAsciiDigit),
            password.Any(c => !char.IsAsciiLetterOrDigit(c)),
        }.Count(present => present);

        var errors = new List<IdentityError>();
        if (classes < PasswordPolicy.RequiredCharacterClasses)
        {
            errors.Add(new IdentityError
            {
                Code = "PasswordCharacterClasses",
                Description = $"密码须包含大写字母、小写字母、数字、符号中的至少{PasswordPolicy.RequiredCharacterClasses}类。",
            });
        }

        if (!string.IsNullOrEmpty(user.UserName) && password.Contains(user.UserName, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new IdentityError { Code = "PasswordContainsUserName", Description = "密码不能包含用户名。" });
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }
}
