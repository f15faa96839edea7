using System.Reflection;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LawReport.Web.Validation;

/// <summary>
/// Validation by hand, as FluentValidation's docs recommend (FluentValidation.AspNetCore and its DI
/// extensions are not obtainable here): validators are registered below and pages call them.
/// </summary>
public static class ValidationSetup
{
    /// <summary>Registers every <see cref="IValidator{T}"/> in the assembly as a singleton (they hold no state).</summary>
    public static IServiceCollection AddValidatorsFrom(this IServiceCollection services, Assembly assembly)
    {
        var validators = assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false })
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
                .Select(i => (Service: i, Implementation: t)));
        foreach (var (service, implementation) in validators)
        {
            services.AddSingleton(service, implementation);
        }

        return services;
    }

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
        foreach (var failure in result.Errors)
        {
            modelState.AddModelError($"{prefix}.{failure.PropertyName}", failure.ErrorMessage);
        }

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
