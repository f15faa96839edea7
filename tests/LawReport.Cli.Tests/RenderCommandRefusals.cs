using LawReport.Cli;

namespace LawReport.Cli.Tests;

/// <summary>What <c>render</c> refuses, and what it takes from the report rather than from the clock.</summary>
public sealed class RenderCommandRefusals : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("lawreport-render-");

    private string Output(string name) => Path.Combine(_folder.FullName, name);

    [Fact]
    public async Task A_report_without_a_title_is_refused_with_a_chinese_message_and_no_file()
    {
        var json = Output("untitled.json");
        File.WriteAllText(json, """{ "title": "", "preamble": ["今年以来，我办坚持依法行政。"] }""");

        var (code, _, error) = await CliDispatch.Run("render", json, "-o", Output("untitled.pdf"));

        Assert.Equal(CliApp.Failed, code);
        Assert.Contains("没有标题", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Output("untitled.pdf")));
    }

    [Fact]
    public async Task A_report_without_a_date_renders_to_the_same_bytes_every_time()
    {
        var json = Output("dateless.json");
        File.WriteAllText(json, """{ "title": "某市外事办公室2024年度法治政府建设情况报告", "year": 2024, "preamble": ["今年以来，我办坚持依法行政。"] }""");

        await CliDispatch.Run("render", json, "-o", Output("a.pdf"));
        await Task.Delay(1100);
        await CliDispatch.Run("render", json, "-o", Output("b.pdf"));

        Assert.Equal(File.ReadAllBytes(Output("a.pdf")), File.ReadAllBytes(Output("b.pdf")));
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
