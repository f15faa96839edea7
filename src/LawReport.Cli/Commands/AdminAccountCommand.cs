using System.Security.Cryptography;
using LawReport.Infrastructure.Identity;
using LawReport.Infrastructure.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LawReport.Cli.Commands;

/// <summary>
/// <c>admin-account --user NAME --reset-password | --deactivate | --activate</c>: what the portal refuses
/// to do to an administrator account, so that administrators cannot take each other over (ADR-016).
/// Only whoever operates the server can run it; every change is written to the audit log.
/// </summary>
public sealed class AdminAccountCommand(TextReader input) : ICliCommand
{
    public AdminAccountCommand()
        : this(Console.In)
    {
    }

    public string Name => "admin-account";

    public string Usage =>
        "admin-account --user <用户名> (--reset-password [--password-stdin] | --deactivate | --activate) [--provider Sqlite|PostgreSQL] [--connection <连接字符串>] [--data-dir <数据目录>]";

    public string Description => "在服务器上重置管理员账号的密码、停用或启用管理员账号（网页上不允许，以免管理员互相接管）";

    public async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var arguments = CliArguments.Parse(args, ["--user", .. CliDatabase.Options], ["--reset-password", "--password-stdin", "--deactivate", "--activate"]);
        if (arguments.Positionals.Count > 0)
        {
            throw new CliUsageException($"多余的参数：{arguments.Positionals[0]}");
        }

        var userName = arguments.Required("--user", "请用 --user 指定用户名。");
        var actions = new[] { "--reset-password", "--deactivate", "--activate" }.Where(arguments.Has).ToList();
        if (actions.Count != 1)
        {
            throw new CliUsageException("请指定且只指定一个操作：--reset-password、--deactivate 或 --activate。");
        }

        await using var services = CliDatabase.BuildServices(arguments);
        await DatabaseInitializer.InitializeAsync(services, seedDemoData: false);
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        if (await users.FindByNameAsync(userName) is not { } user)
        {
            error.WriteLine($"没有用户名为 {userName} 的账号。");
            return CliApp.Failed;
        }

        IdentityResult result;
        string done;
        if (actions[0] == "--reset-password")
        {
            var generated = !arguments.Has("--password-stdin");
            var password = generated ? CreateAdminCommand.GeneratePassword() : (await input.ReadLineAsync())?.Trim() ?? "";
            result = await accounts.ResetPasswordAsync(user, password, AccountChannel.Server);
            done = generated ? $"已重置 {userName} 的密码。临时密码（只显示这一次）：{password}\n首次登录时须修改密码。" : $"已重置 {userName} 的密码，首次登录时须修改。";
        }
        else
        {
            var active = actions[0] == "--activate";
            result = await accounts.SetActiveAsync(user, active, AccountChannel.Server);
            done = $"已{(active ? "启用" : "停用")}账号 {userName}。";
        }

        if (!result.Succeeded)
        {
            error.WriteLine($"未能修改账号 {userName}：{string.Join(" ", result.Errors.Select(e => e.Description))}");
            return CliApp.Failed;
        }

        output.WriteLine(done);
        return CliApp.Ok;
    }
}
