using System.Security.Cryptography;
using LawReport.Domain.Users;
using LawReport.Infrastructure.Identity;
using LawReport.Infrastructure.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace LawReport.Cli.Commands;

/// <summary>
/// <c>create-admin --user NAME --role SystemAdmin|SecurityAdmin|Auditor</c>: the first administrators of a
/// production database, where no account exists. The password is read from standard input with
/// <c>--password-stdin</c>, or generated and printed once; either way it must be changed at first sign-in.
/// </summary>
public sealed class CreateAdminCommand(TextReader input) : ICliCommand
{
    public CreateAdminCommand()
        : this(Console.In)
    {
    }

    public string Name => "create-admin";

    public string Usage =>
        "create-admin --user <用户名> --role <SystemAdmin|SecurityAdmin|Auditor> [--name <姓名>] [--password-stdin] [--provider Sqlite|PostgreSQL|SqlServer] [--connection <连接字符串>] [--data-dir <数据目录>]";

    public string Description => "在数据库中创建管理员账号（生产环境首次部署时使用；三个管理员角色须分设账号）";

    public async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var arguments = CliArguments.Parse(args, ["--user", "--role", "--name", .. CliDatabase.Options], ["--password-stdin"]);
        if (arguments.Positionals.Count > 0)
        {
            throw new CliUsageException($"多余的参数：{arguments.Positionals[0]}");
        }

        var userName = arguments.Required("--user", "请用 --user 指定用户名。");
        var role = arguments.Required("--role", "请用 --role 指定角色：SystemAdmin、SecurityAdmin 或 Auditor。");
        if (!Roles.IsAdministrator(role))
        {
            throw new CliUsageException($"create-admin 只创建管理员：角色应为 SystemAdmin、SecurityAdmin 或 Auditor，而不是 {role}。");
        }

        var generated = !arguments.Has("--password-stdin");
        var password = generated ? GeneratePassword() : (await input.ReadLineAsync())?.Trim() ?? "";

        await using var services = CliDatabase.BuildServices(arguments);
        await DatabaseInitializer.InitializeAsync(services, seedDemoData: false);
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var result = await accounts.CreateAsync(new NewAccount(userName, arguments.Value("--name") ?? Roles.Label(role), null, [role], password));
        if (!result.Succeeded)
        {
            error.WriteLine($"未能创建账号 {userName}：{string.Join(" ", result.Errors.Select(e => e.Description))}");
            return CliApp.Failed;
        }

        output.WriteLine($"已创建{Roles.Label(role)}账号 {userName}。");
        if (generated)
        {
            output.WriteLine($"临时密码（只显示这一次）：{password}");
        }

        output.WriteLine("首次登录时须修改密码。");
        return CliApp.Ok;
    }

    /// <summary>16 characters from all four classes, so it always meets the password policy.</summary>
    internal static string GeneratePassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnpqrstuvwxyz", digits = "23456789", symbols = "#%+-=@_";
        var classes = new[] { upper, lower, digits, symbols };
        var chars = classes.Select(c => c[RandomNumberGenerator.GetInt32(c.Length)])
            .Concat(Enumerable.Range(0, 12).Select(i => classes[i % 4]).Select(c => c[RandomNumberGenerator.GetInt32(c.Length)]))
            .ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
