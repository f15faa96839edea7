namespace LawReport.Domain.Common;

/// <summary>Who did something: the account id and the name shown in histories.</summary>
public sealed record Actor(string UserId, string DisplayName)
{
    /// <summary>Changes made by the system itself (start-up seeding, imports from the command line).</summary>
    public static Actor System { get; } = new("system", "系统");
}
