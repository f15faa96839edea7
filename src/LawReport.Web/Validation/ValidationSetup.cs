using FluentValidation;
using FluentValidation.AspNetCore;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LawReport.Web.Validation;

/// <summary>
/// FluentValidation wired as its documentation recommends for Razor Pages today (ADR-014): validators
/// registered from the assembly (FluentValidation.DependencyInjectionExtensions), and each handler
/// validates its bound input by hand and copies the failures into <c>ModelState</c>
/// (FluentValidation.AspNetCore's <c>AddToModelState</c>). No automatic validation: it cannot run async
/// rules and validates before the handler has loaded and authorized what the input is about.
/// </summary>
public static class ValidationSetup
{
    /// <summary>Registers every validator of the web app as a singleton (they hold no state).</summary>
    public static IServiceCollection AddLawReportValidation(this IServiceCollection services) =>
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton, includeInternalTypes: true);

    /// <summary>
    /// Validates <paramref name="input"/> and copies the failures into <paramref name="modelState"/> under
    /// <paramref name="prefix"/> (the page's bound property, e.g. <c>Input</c>), so the form shows them
    /// next to their fields. Returns whether the input is valid.
    /// </summary>
    public static async Task<bool> ValidateIntoAsync<T>(
        this IValidator<T> validator,
        T input,
        ModelStateDictionary modelState,
        string prefix = "Input",
        CancellationToken cancellationToken = default)
    {
        ValidationResult result = await validator.ValidateAsync(input, cancellationToken);
        result.AddToModelState(modelState, prefix);
        return result.IsValid && modelState.IsValid;
    }

    /// <summary>Adds Identity's (Chinese) errors to the form's summary.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, Microsoft.AspNetCore.Identity.IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            modelState.AddModelError(string.Empty, error.Description);
        }
    }
}
