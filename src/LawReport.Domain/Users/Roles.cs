using LawReport.Domain.Common;

namespace LawReport.Domain.Users;

/// <summary>The roles of PRODUCT.md §2. The names are stored in the identity tables: never rename them.</summary>
public static class Roles
{
    public const string Filer = "Filer";
    public const string BureauLead = "BureauLead";
    public const string Reviewer = "Reviewer";
    public const string SystemAdmin = "SystemAdmin";
    public const string SecurityAdmin = "SecurityAdmin";
    public const string Auditor = "Auditor";

    public static IReadOnlyList<string> All { get; } = [Filer, BureauLead, Reviewer, SystemAdmin, SecurityAdmin, Auditor];

    /// <summary>
    /// System, security and audit administration (等保 2.0 三权分立): never two of them on one account.
    /// </summary>
    public static IReadOnlyList<string> Administrators { get; } = [SystemAdmin, SecurityAdmin, Auditor];

    /// <summary>Roles that act for one bureau and so need the account to belong to one.</summary>
    public static IReadOnlyList<string> BureauRoles { get; } = [Filer, BureauLead];

    /// <summary>Roles of the city office, which checks the bureaus' work (依法治市办).</summary>
    public static IReadOnlyList<string> CityOfficeRoles { get; } = [Reviewer];

    public static bool IsAdministrator(string role) => Administrators.Contains(role);

    /// <summary>True when any of <paramref name="roles"/> is an administrator role.</summary>
    public static bool IncludesAdministrator(IEnumerable<string> roles) => roles.Any(IsAdministrator);

    /// <summary>
    /// Administrators cannot take each other over (三权分立, ADR-016): the portal's account pages manage
    /// business accounts only. An administrator account's roles, password, second factor and activation
    /// are changed on the server, with <c>lawreport admin-account</c>, by whoever operates the server.
    /// </summary>
    public static void EnsureManagedInPortal(IEnumerable<string> currentRoles, IEnumerable<string>? newRoles = null)
    {
        if (IncludesAdministrator(currentRoles) || (newRoles is not null && IncludesAdministrator(newRoles)))
        {
            throw new DomainException(AdministratorsManagedOnServer);
        }
    }

    public const string AdministratorsManagedOnServer =
        "管理员账号（系统管理员、安全管理员、审计管理员）不能在网页上修改角色、重置密码或双因素认证、停用或启用，"
        + "以免管理员之间互相接管账号；请在服务器上用命令行 lawreport admin-account 操作。";

    public static string Label(string role) => role switch
    {
        Filer => "填报人",
        BureauLead => "单位负责人",
        Reviewer => "审核人",
        SystemAdmin => "系统管理员",
        SecurityAdmin => "安全管理员",
        Auditor => "审计管理员",
        _ => role,
    };

    /// <summary>
    /// Checks that an account may hold <paramref name="roles"/> together, and throws a Chinese
    /// explanation when it may not.
    /// </summary>
    public static void EnsureCompatible(IEnumerable<string> roles, bool hasBureau)
    {
        var set = roles.ToHashSet(StringComparer.Ordinal);
        var unknown = set.Where(r => !All.Contains(r)).ToList();
        if (unknown.Count > 0)
        {
            throw new DomainException($"未知的角色：{string.Join("、", unknown)}。");
        }

        var administrators = set.Where(IsAdministrator).ToList();
        if (administrators.Count > 1)
        {
            throw new DomainException(
                $"系统管理员、安全管理员、审计管理员须由不同账号担任（三权分立），不能同时授予{string.Join("和", administrators.Select(Label))}。");
        }

        if (administrators.Count == 1 && set.Count > 1)
        {
            throw new DomainException($"{Label(administrators[0])}账号只用于管理，不能同时担任业务角色。");
        }

        // Separation of duties: whoever checks the bureaus' reports is not one of the people who write them.
        if (set.Any(CityOfficeRoles.Contains) && set.Any(BureauRoles.Contains))
        {
            throw new DomainException(
                $"审核人属于依法治市办，不能同时担任{string.Join("或", set.Where(BureauRoles.Contains).Select(Label))}（审核与填报、签发须由不同的人承担）。");
        }

        if (!hasBureau && set.Any(BureauRoles.Contains))
        {
            throw new DomainException("填报人和单位负责人须属于某个单位，请先为账号指定单位。");
        }
    }
}
