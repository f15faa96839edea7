using LawReport.Cli;

namespace LawReport.Cli.Tests;

public class CliDispatch
{
    [Fact]
    public async Task Without_a_command_it_prints_usage_and_exits_with_2()
    {
        var (code, output, error) = await Run();

        Assert.Equal(CliApp.Usage, code);
        Assert.Equal("", output);
        Assert.Contains("用法：lawreport <命令>", error);
    }

    [Fact]
    public async Task An_unknown_command_is_named_in_the_error()
    {
        var (code, _, error) = await Run("frobnicate");

        Assert.Equal(CliApp.Usage, code);
        Assert.Contains("未知命令：frobnicate", error);
    }

    [Fact]
    public async Task Help_goes_to_standard_output_and_succeeds()
    {
        var (code, output, _) = await Run("--help");

        Assert.Equal(CliApp.Ok, code);
        Assert.Contains("用法：", output);
    }

    internal static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
