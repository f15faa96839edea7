using LawReport.Infrastructure.Identity;
using LawReport.Infrastructure.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LawReport.Web.Startup;

/// <summary>
/// What a production portal refuses to start with: a demo account that still has the demo password (it is
/// printed in the README), and public absolute addresses taken from whatever <c>Host</c> a request sends
/// (robots.txt and the feeds are cached publicly, so one forged request would poison them).
/// </summary>
public static class StartupChecks
{
    public static async Task CheckProductionAsync(this WebApplication app)
    {
        if (!app.Environment.IsProduction())
        {
            return;
        }

        var publicUrl = app.Services.GetRequiredService<IOptions<PortalOptions>>().Value.PublicUrl;
        var allowedHosts = app.Configuration["AllowedHosts"] ?? "*";
        if (string.IsNullOrWhiteSpace(publicUrl) && allowedHosts.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is [] or ["*"])
        {
            throw new InvalidOperationException(
                "生产环境须设置 Portal:PublicUrl（门户的公开地址，如 https://fzzf.example.gov.cn），或把 AllowedHosts 限定为门户的域名："
                + "否则 robots.txt 和订阅源中的地址取自请求的 Host 头，可被伪造。");
        }

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var names = DemoData.Accounts.Select(a => users.NormalizeName(a.UserName)).ToList();
        var candidates = await users.Users.Where(u => names.Contains(u.NormalizedUserName!) && u.PasswordHash != null).ToListAsync();
        var demo = candidates.Where(u => users.PasswordHasher.VerifyHashedPassword(u, u.PasswordHash!, DemoData.Password) != PasswordVerificationResult.Failed)
            .Select(u => u.UserName).ToList();
        if (demo.Count > 0)
        {
            throw new InvalidOperationException(
                $"生产环境中存在使用演示密码的演示账号：{string.Join("、", demo)}。演示密码写在 README 中，任何人都能登录。"
                + "请停用这些账号或用 lawreport admin-account 重置其密码后再启动；演示数据只应出现在开发环境（Development）。");
        }
    }
}
