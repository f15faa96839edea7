using System.Security.Cryptography;
using LawReport.Cli;
using LawReport.Tests.Shared;

namespace LawReport.Cli.Tests;

public sealed class RenderCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("lawreport-render-");

    private static string Fixture(string seed) =>
        Path.Combine(RepositoryPaths.RepositoryRoot, "tests", "LawReport.Documents.Tests", "Layout", "Fixtures", $"seed-{seed}.json");

    private string Output(string name) => Path.Combine(_folder.FullName, name);

    [Fact]
    public async Task Renders_a_report_json_to_a_pdf_and_prints_its_hash()
    {
        var pdf = Output("001.pdf");

        var (code, output, error) = await CliDispatch.Run("render", Fixture("001"), "-o", pdf, "--date", "2021-03-01");

        Assert.Equal(CliApp.Ok, code);
        Assert.Equal("", error);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(pdf), 0, 5), StringComparison.Ordinal);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(pdf))), output, StringComparison.Ordinal);
        Assert.Contains("页", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_report_and_date_give_the_same_file()
    {
        await CliDispatch.Run("render", Fixture("004"), "-o", Output("a.pdf"), "--date", "2025-03-01");
        await CliDispatch.Run("render", Fixture("004"), "-o", Output("b.pdf"), "--date", "2025-03-01");

        Assert.Equal(File.ReadAllBytes(Output("a.pdf")), File.ReadAllBytes(Output("b.pdf")));
    }

    [Fact]
    public async Task Draft_and_letterhead_variants_differ_from_the_published_copy()
    {
        await CliDispatch.Run("render", Fixture("001"), "-o", Output("plain.pdf"), "--date", "2021-03-01");
        var (draftCode, _, _) = await CliDispatch.Run("render", Fixture("001"), "-o", Output("draft.pdf"), "--date", "2021-03-01", "--draft");
        var (headCode, _, _) = await CliDispatch.Run(
            "render", Fixture("001"), "-o", Output("head.pdf"), "--date", "2021-03-01", "--letterhead", "--number", "渝外办〔2021〕3号");

        Assert.Equal((CliApp.Ok, CliApp.Ok), (draftCode, headCode));
        Assert.NotEqual(File.ReadAllBytes(Output("plain.pdf")), File.ReadAllBytes(Output("draft.pdf")));
        Assert.NotEqual(File.ReadAllBytes(Output("plain.pdf")), File.ReadAllBytes(Output("head.pdf")));
    }

    [Fact]
    public async Task A_published_text_file_is_imported_then_rendered()
    {
        var (code, output, error) = await CliDispatch.Run("render", RepositoryPaths.Seed("003"), "-o", Output("003.pdf"));

        Assert.True(code == CliApp.Ok, error);
        Assert.Contains("已生成", output, StringComparison.Ordinal);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(Output("003.pdf")), 0, 5), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_file_is_refused_with_a_chinese_explanation_and_writes_nothing()
    {
        var garbage = Output("garbage.txt");
        await File.WriteAllBytesAsync(garbage, [0, 1, 2, 3, 0xFF, 0xFE, 0, 0, 7, 8, 0, 0, 0, 1, 2]);

        var (code, _, error) = await CliDispatch.Run("render", garbage, "-o", Output("x.pdf"));

        Assert.Equal(CliApp.Failed, code);
        Assert.Contains("garbage.txt：", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Output("x.pdf")));
    }

    [Fact]
    public async Task Malformed_json_is_reported_in_chinese_and_writes_nothing()
    {
        var json = Output("bad.json");
        await File.WriteAllTextAsync(json, "{ \"title\": ");

        var (code, _, error) = await CliDispatch.Run("render", json, "-o", Output("bad.pdf"));

        Assert.Equal(CliApp.Failed, code);
        Assert.Contains("报告 JSON 格式有误", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Output("bad.pdf")));
    }

    [Fact]
    public async Task Characters_no_font_can_draw_are_named_and_the_command_fails()
    {
        var json = Output("rare.json");
        await File.WriteAllTextAsync(json, "{ \"title\": \"测试\", \"preamble\": [\"生僻字𠀀。\"] }");

        var (code, _, error) = await CliDispatch.Run("render", json, "-o", Output("rare.pdf"), "--date", "2025-03-01");

        Assert.Equal(CliApp.Failed, code);
        Assert.Contains("以下字符没有任何字体可以显示", error, StringComparison.Ordinal);
        Assert.Contains("𠀀", error, StringComparison.Ordinal);
        Assert.True(File.Exists(Output("rare.pdf")));
    }

    [Fact]
    public async Task A_missing_output_is_a_usage_error()
    {
        var (code, _, error) = await CliDispatch.Run("render", Fixture("001"));

        Assert.Equal(CliApp.Usage, code);
        Assert.Contains("缺少输出文件", error, StringComparison.Ordinal);
        Assert.Contains("用法：lawreport render", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_input_file_is_named()
    {
        var (code, _, error) = await CliDispatch.Run("render", Output("none.json"), "-o", Output("none.pdf"));

        Assert.Equal(CliApp.Failed, code);
        Assert.Contains("找不到文件", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_date_is_a_usage_error()
    {
        var (code, _, error) = await CliDispatch.Run("render", Fixture("001"), "-o", Output("d.pdf"), "--date", "2021/03/01");

        Assert.Equal(CliApp.Usage, code);
        Assert.Contains("yyyy-MM-dd", error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
