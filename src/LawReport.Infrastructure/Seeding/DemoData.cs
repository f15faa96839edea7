using LawReport.Domain.Bureaus;
using LawReport.Domain.Common;
using LawReport.Domain.Cycles;
using LawReport.Domain.Users;
using LawReport.Infrastructure.Data;
using LawReport.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LawReport.Infrastructure.Seeding;

/// <summary>
/// The demo: the five bureaus of the seed reports, the current reporting cycle, and one account per role
/// (README lists them). Seeded once, into an empty database, in Development only.
/// </summary>
public static class DemoData
{
    /// <summary>The password of every demo account; it meets the password policy.</summary>
    public const string Password = "LawReport@2026";

    public const string FilerBureau = "重庆市人民政府外事办公室";

    /// <summary>
    /// The published reports in <c>seeds/</c> and the demo bureau each belongs to, archived on the first
    /// run (<see cref="SeedReports"/>). Mapped explicitly: the reports' own names are not enough (seed 004
    /// is signed 市外办, seed 003 is in traditional characters).
    /// </summary>
    public static IReadOnlyList<(string File, string Bureau)> Reports { get; } =
    [
        ("000_2b28ddb68b756df1.txt", "上海市人民政府外事办公室"),
        ("001_63893bd8b9a0f998.txt", FilerBureau),
        ("002_6d9a4804e8d7174b.txt", "常州市人民政府外事办公室"),
        ("003_e9dc5bee16399d3d.txt", "北京市人民政府外事办公室"),
        ("004_c65d58157b912daa.txt", "菏泽市人民政府外事办公室"),
    ];

    public static IReadOnlyList<(string UserName, string DisplayName, string Role, string? Bureau)> Accounts { get; } =
    [
        ("filer", "张伟", Roles.Filer, FilerBureau),
        ("lead", "李强", Roles.BureauLead, FilerBureau),
        ("reviewer", "王芳", Roles.Reviewer, null),
        ("sysadmin", "赵敏", Roles.SystemAdmin, null),
        ("secadmin", "钱进", Roles.SecurityAdmin, null),
        ("auditor", "孙丽", Roles.Auditor, null),
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var db = services.GetRequiredService<AppDbContext>();
        if (await db.Users.AnyAsync(cancellationToken) || await db.Bureaus.AnyAsync(cancellationToken))
        {
            return;
        }

        db.Bureaus.AddRange(
            Bureau.Create("上海市人民政府外事办公室", "市外办", "", "上海市", "市政府工作部门"),
            Bureau.Create(FilerBureau, "市政府外办", "", "重庆市", "市政府工作部门", "市政府"),
            Bureau.Create("常州市人民政府外事办公室", "市外办", "014109568", "常州市", "市政府工作部门"),
            Bureau.Create("北京市人民政府外事办公室", "市政府外办", "", "北京市", "市政府工作部门"),
            Bureau.Create("菏泽市人民政府外事办公室", "市外办", "", "菏泽市", "市政府工作部门"));
        var time = services.GetRequiredService<TimeProvider>();
        var currentYear = time.ChinaToday().Year;
        db.ReportingCycles.Add(ReportingCycle.Open(currentYear));
        await db.SaveChangesAsync(cancellationToken);

        var bureaus = await db.Bureaus.ToDictionaryAsync(b => b.FullName, b => b.Id, cancellationToken);
        var accounts = services.GetRequiredService<UserAccounts>();
        foreach (var (userName, displayName, role, bureau) in Accounts)
        {
            var result = await accounts.CreateAsync(new NewAccount(
                userName, displayName, bureau is null ? null : bureaus[bureau], [role], Password, PasswordIsTemporary: false));
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {userName}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            }
        }
    }
}
