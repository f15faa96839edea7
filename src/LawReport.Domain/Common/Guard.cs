namespace LawReport.Domain.Common;

/// <summary>Invariant checks shared by the aggregates. Messages are Chinese: they reach users.</summary>
internal static class Guard
{
    public static string Required(string? value, int maxLength, string field)
    {
        var line = PlainText.Line(value);
        if (line.Length == 0)
        {
            throw new DomainException($"{field}不能为空。");
        }

        return MaxLength(line, maxLength, field);
    }

    public static string Optional(string? value, int maxLength, string field) =>
        MaxLength(PlainText.Line(value), maxLength, field);

    public static string OptionalBlock(string? value, int maxLength, string field) =>
        MaxLength(PlainText.Block(value), maxLength, field);

    public static string MaxLength(string value, int maxLength, string field) =>
        value.Length > maxLength
            ? throw new DomainException($"{field}不能超过{maxLength}个字符（现有{value.Length}个）。")
            : value;
}
