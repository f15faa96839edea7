using System.Globalization;
using FluentValidation;
using LawReport.Domain.Common;

namespace LawReport.Web.Pages.Reports.Editing;

/// <summary>
/// Length rules on text as the domain will store it (control characters removed, paragraphs normalised), so
/// that the form refuses exactly what the domain and the database would, with the count in the message.
/// </summary>
public static class TextRules
{
    /// <summary>A one-line field of at most <paramref name="max"/> characters.</summary>
    public static IRuleBuilderOptions<T, string?> LineOfAtMost<T>(this IRuleBuilder<T, string?> rule, int max, string field) =>
        rule.Must(value => PlainText.Line(value).Length <= max)
            .WithMessage((_, value) => TooLong(field, max, PlainText.Line(value).Length));

    /// <summary>A multi-paragraph field of at most <paramref name="max"/> characters.</summary>
    public static IRuleBuilderOptions<T, string?> BlockOfAtMost<T>(this IRuleBuilder<T, string?> rule, int max, string field) =>
        rule.Must(value => PlainText.Block(value).Length <= max)
            .WithMessage((_, value) => TooLong(field, max, PlainText.Block(value).Length));

    /// <summary>A one-line field that must hold some text once control characters and spaces are removed.</summary>
    public static IRuleBuilderOptions<T, string?> RequiredLine<T>(this IRuleBuilder<T, string?> rule, string message) =>
        rule.Must(value => PlainText.Line(value).Length > 0).WithMessage(message);

    private static string TooLong(string field, int max, int length) =>
        string.Create(CultureInfo.InvariantCulture, $"{field}不能超过{max}个字符（现有{length}个）。");
}
