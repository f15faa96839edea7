using LawReport.Cli.Commands;

namespace LawReport.Cli;

/// <summary>
/// <c>lawreport &lt;command&gt; [arguments]</c>: the portal's services from the command line. Each command
/// is one class under Commands/; this class only dispatches and prints usage.
/// </summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    private static IReadOnlyList<ICliCommand> Commands { get; } =
    [
        new ImportCommand(),
        new ArchiveCommand(),
        new RenderCommand(),
        new CreateAdminCommand(),
        new DatabaseCommand(),
        new AdminAccountCommand(),
        new AuditCommand(),
        new SearchCommand(),
    ];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            PrintUsage(args.Length == 0 ? error : output);
            return args.Length == 0 ? Usage : Ok;
        }

        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            error.WriteLine($"未知命令：{args[0]}");
            PrintUsage(error);
            return Usage;
        }

        try
        {
            return await command.RunAsync(args[1..], output, error);
        }
        catch (CliUsageException e)
        {
            error.WriteLine(e.Message);
            error.WriteLine("用法：lawreport " + command.Usage);
            return Usage;
        }
    }

    private static void PrintUsage(TextWriter writer)
    {
        writer.WriteLine("用法：lawreport <命令> [参数]");
        foreach (var command in Commands)
        {
            writer.WriteLine($"  {command.Usage}");
            writer.WriteLine($"      {command.Description}");
        }
    }
}
