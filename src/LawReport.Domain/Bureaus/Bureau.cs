using LawReport.Domain.Common;
using LawReport.Domain.Reports;

namespace LawReport.Domain.Bureaus;

/// <summary>
/// A government body that files a yearly report (单位/部门), e.g. 重庆市人民政府外事办公室.
/// </summary>
public sealed class Bureau
{
    public const int FullNameMaxLength = 100;
    public const int ShortNameMaxLength = 50;
    public const int OrganizationCodeMaxLength = 18;
    public const int CityMaxLength = 50;
    public const int CategoryMaxLength = 50;
    public const int AddresseeMaxLength = AnnualReportLimits.AddresseeMaxLength;

    /// <summary>The addressee of PRODUCT.md §1: reports go to the city's party committee and government.</summary>
    public const string StandardAddressee = "市委、市政府";

    private Bureau()
    {
    }

    public int Id { get; private set; }

    /// <summary>The full name, used in titles and as the signature (发文机关署名).</summary>
    public string FullName { get; private set; } = "";

    /// <summary>The short name used in lists and in 发文字号, e.g. 市外办.</summary>
    public string ShortName { get; private set; } = "";

    /// <summary>
    /// The organisation code (9 characters) or 统一社会信用代码 (18 characters) that begins the bureau's
    /// 索引号. Empty for bureaus created by an import before anyone knew it.
    /// </summary>
    public string OrganizationCode { get; private set; } = "";

    public string City { get; private set; } = "";

    /// <summary>A grouping for the public portal and the city board, e.g. 市政府工作部门.</summary>
    public string Category { get; private set; } = "";

    /// <summary>The 主送机关 a new report starts with.</summary>
    public string DefaultAddressee { get; private set; } = StandardAddressee;

    public bool IsActive { get; private set; } = true;

    public static Bureau Create(
        string fullName,
        string shortName,
        string organizationCode,
        string city,
        string category,
        string? defaultAddressee = null)
    {
        var bureau = new Bureau();
        bureau.Update(fullName, shortName, organizationCode, city, category, defaultAddressee ?? StandardAddressee);
        return bureau;
    }

    public void Update(
        string fullName,
        string shortName,
        string organizationCode,
        string city,
        string category,
        string defaultAddressee)
    {
        FullName = Guard.Required(fullName, FullNameMaxLength, "单位全称");
        ShortName = Guard.Required(shortName, ShortNameMaxLength, "单位简称");
        OrganizationCode = NormalizeOrganizationCode(organizationCode);
        City = Guard.Optional(city, CityMaxLength, "所在城市");
        Category = Guard.Optional(category, CategoryMaxLength, "单位类别");
        DefaultAddressee = AnnualReportLimits.NormalizeAddressee(
            Guard.Required(defaultAddressee, AddresseeMaxLength, "默认主送机关"));
    }

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;

    /// <summary>
    /// Organisation codes are 9 characters (e.g. 014109568, or 12345678-9 written with a hyphen) or an
    /// 18-character 统一社会信用代码; digits and capital letters only.
    /// </summary>
    public static string NormalizeOrganizationCode(string? value)
    {
        var code = PlainText.Line(value).Replace("-", "").Replace(" ", "").ToUpperInvariant();
        if (code.Length == 0)
        {
            return code;
        }

        if (code.Length is not (9 or 18) || !code.All(char.IsAsciiLetterOrDigit))
        {
            throw new DomainException("机构代码应为9位组织机构代码或18位统一社会信用代码（数字或大写字母）。");
        }

        return code;
    }
}
