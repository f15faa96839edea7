using LawReport.Infrastructure.Data;

namespace LawReport.Cli.Commands;

/// <summary>
/// <c>database script --provider SqlServer [-o file.sql]</c>: the SQL of all migrations for one provider,
/// for a DBA to review and apply (docs/migrations.md). Opens no database.
/// </summary>
public sealed class DatabaseCommand : ICliCommand
{
    public string Name => "database";

    public string Usage => "database script --provider <Sqlite|PostgreSQL|SqlServer> [-o <file.sql>]";

    public string Description => "输出建立或升级数据库结构的 SQL 脚本（PostgreSQL 与 SQL Server 的脚本可重复执行），供数据库管理员审阅后执行；不连接数据库";

    public async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var arguments = CliArguments.Parse(args, ["--provider", "-o|--output"]);
        if (arguments.Positionals is not ["script"])
        {
            throw new CliUsageException("请指定子命令 script。");
        }

        var name = arguments.Value("--provider") ?? throw new CliUsageException("请用 --provider 指定数据库类型。");
        if (!Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var provider) || !Enum.IsDefined(provider))
        {
            throw new CliUsageException($"未知的数据库类型：{name}（可选 Sqlite、PostgreSQL 或 SqlServer）。");
        }

        var script = DatabaseScript.Generate(provider);
        if (arguments.Value("--output") is { } file)
        {
            try
            {
                await File.WriteAllTextAsync(file, script);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"无法写入文件 {file}：{e.Message}");
                return CliApp.Failed;
            }

            output.WriteLine($"已生成 {file}（{provider}）");
        }
        else
        {
            await output.WriteAsync(script);
        }

        return CliApp.Ok;
    }
}
