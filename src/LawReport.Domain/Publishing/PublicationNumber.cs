using System.Globalization;
using LawReport.Domain.Common;

namespace LawReport.Domain.Publishing;

/// <summary>A 索引号 with the serial it was made from.</summary>
public sealed record PublicationNumber(string IndexNumber, int Serial, int SerialYear);

/// <summary>
/// Makes 索引号 from a configurable pattern. The national form is <c>机构代码/年份-流水号</c>, e.g.
/// <c>014109568/2022-00012</c>: placeholders <c>{code}</c> (the bureau's organisation code or 统一社会信用代码),
/// <c>{year}</c> (the year of publication) and <c>{serial}</c> (five digits, per publisher and year).
/// </summary>
public static class IndexNumberPattern
{
    public const string Default = "{code}/{year}-{serial}";

    public static PublicationNumber Format(string pattern, string organizationCode, int year, int serial)
    {
        if (string.IsNullOrWhiteSpace(organizationCode))
        {
            throw new DomainException("单位尚未设置机构代码（组织机构代码或统一社会信用代码），无法生成索引号。请联系系统管理员在单位管理中填写。");
        }

        if (!pattern.Contains("{serial}", StringComparison.Ordinal))
        {
            throw new DomainException("索引号格式必须包含 {serial}（流水号）。");
        }

        var text = pattern
            .Replace("{code}", organizationCode, StringComparison.Ordinal)
            .Replace("{year}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{serial}", serial.ToString("00000", CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return text.Length > Publication.IndexNumberMaxLength
            ? throw new DomainException("索引号过长，请检查索引号格式设置。")
            : new PublicationNumber(text, serial, year);
    }
}
