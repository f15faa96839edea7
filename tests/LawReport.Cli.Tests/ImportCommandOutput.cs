using System.Text.Json;
using LawReport.Cli;
using LawReport.Tests.Shared;

namespace LawReport.Cli.Tests;

/// <summary><c>lawreport import</c> prints what it read, as JSON with --json, and writes nothing.</summary>
public class ImportCommandOutput
{
    [Fact]
    public async Task Json_output_has_the_report_in_camel_case_with_iso_dates()
    {
        var (code, output, _) = await CliDispatch.Run("import", RepositoryPaths.Seed("000"), "--json");

        Assert.Equal(CliApp.Ok, code);
        var report = JsonDocument.Parse(output).RootElement;
        Assert.Equal("市外办2020年法治政府建设年度报告", report.GetProperty("title").GetString());
        Assert.Equal(2020, report.GetProperty("year").GetInt32());
        Assert.Equal("上海市人民政府外事办公室", report.GetProperty("bureau").GetString());
        Assert.Equal("", report.GetProperty("addressee").GetString());
        Assert.Equal("2020-11-27", report.GetProperty("dateWritten").GetString());
        Assert.Equal("2020-12-10", report.GetProperty("metadata").GetProperty("datePublished").GetString());
        Assert.Equal("上海市人民政府外事办公室", report.GetProperty("signature").GetString());
        Assert.Equal("", report.GetProperty("note").GetString());
        Assert.Equal(JsonValueKind.Array, report.GetProperty("preamble").ValueKind);

        var sections = report.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(["Measures", "Measures", "Problems", "NextYearPlans"], sections.Select(s => s.GetProperty("kind").GetString()));
        Assert.Equal("明年工作打算", sections[3].GetProperty("heading").GetString());
        Assert.InRange(sections[3].GetProperty("confidence").GetDouble(), 0.8, 1);
        var item = sections[3].GetProperty("items")[0];
        Assert.Equal("2021年法治工作打算", item.GetProperty("heading").GetString());
        Assert.StartsWith("2021年我办将在党的依法治国精神指引下", item.GetProperty("paragraphs")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_output_carries_the_disclosure_metadata_of_a_page()
    {
        var (_, output, _) = await CliDispatch.Run("import", RepositoryPaths.Seed("002"), "--json");

        var metadata = JsonDocument.Parse(output).RootElement.GetProperty("metadata");
        Assert.Equal("014109568/2022-00012", metadata.GetProperty("indexNumber").GetString());
        Assert.Equal("2022-03-22", metadata.GetProperty("datePublished").GetString());
        Assert.Equal("主动公开", metadata.GetProperty("disclosureMethod").GetString());
    }

    [Fact]
    public async Task Several_files_give_an_array_and_warnings_go_to_standard_error()
    {
        var seeds = RepositoryPaths.SeedFiles;

        var (code, output, error) = await CliDispatch.Run(["import", .. seeds, "--json"]);

        Assert.Equal(CliApp.Ok, code);
        var titles = JsonDocument.Parse(output).RootElement.EnumerateArray().Select(r => r.GetProperty("title").GetString()).ToList();
        Assert.Equal(5, titles.Count);
        Assert.Equal("北京市人民政府外事辦公室2023年法治政府建設年度情況報告", titles[3]);
        Assert.Contains($"{seeds[2]}：提示：", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_json_it_prints_a_summary_with_each_sections_kind()
    {
        var (code, output, _) = await CliDispatch.Run("import", RepositoryPaths.Seed("004"));

        Assert.Equal(CliApp.Ok, code);
        Assert.Contains("标题：市外办2024年度法治政府建设情况报告", output, StringComparison.Ordinal);
        Assert.Contains("五、其他需要报告的内容　〔其他需要报告的情况", output, StringComparison.Ordinal);
        Assert.Contains("成文日期：2024-12-25", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_file_fails_with_its_chinese_reason_and_nothing_is_written()
    {
        var folder = Directory.CreateTempSubdirectory("lawreport-import-");
        try
        {
            var garbage = Path.Combine(folder.FullName, "garbage.txt");
            var bytes = new byte[2048];
            new Random(3).NextBytes(bytes);
            await File.WriteAllBytesAsync(garbage, bytes);

            var (code, output, error) = await CliDispatch.Run("import", garbage, "--json");

            Assert.Equal(CliApp.Failed, code);
            Assert.Equal("", output);
            Assert.Contains("garbage.txt：文件内容不是可读的文字", error, StringComparison.Ordinal);
            Assert.Equal([garbage], Directory.GetFiles(folder.FullName));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_file_fails_and_the_other_files_are_still_read()
    {
        var (code, output, error) = await CliDispatch.Run("import", "no-such-report.txt", RepositoryPaths.Seed("001"), "--json");

        Assert.Equal(CliApp.Failed, code);
        Assert.Contains("找不到文件：no-such-report.txt", error, StringComparison.Ordinal);
        Assert.Equal("市政府", JsonDocument.Parse(output).RootElement[0].GetProperty("addressee").GetString());
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import", "--json")]
    [InlineData("import", "report.txt", "--yaml")]
    public async Task Wrong_arguments_print_the_usage(params string[] args)
    {
        var (code, _, error) = await CliDispatch.Run(args);

        Assert.Equal(CliApp.Usage, code);
        Assert.Contains("用法：lawreport import <文件>… [--json]", error, StringComparison.Ordinal);
    }
}
