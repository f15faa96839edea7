using System.Security.Cryptography;
using LawReport.Cli;
using LawReport.Domain.Bureaus;
using LawReport.Domain.Publishing;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Data;
using LawReport.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Cli.Tests;

/// <summary><c>lawreport archive</c> on a real database (a new one per test).</summary>
public sealed class ArchiveCommandTests : IAsyncLifetime
{
    private const string HezeBureau = "菏泽市人民政府外事办公室";

    private readonly TestDatabase _database = TestDatabase.Create();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Each_file_becomes_a_published_report_with_its_pdf_and_the_disclosure_metadata_of_its_page()
    {
        var seed = RepositoryPaths.Seed("002");

        var (code, output, error) = await Archive(seed);

        Assert.True(code == CliApp.Ok, error);
        Assert.Equal($"{seed}：已归档：常州市人民政府外事办公室2021年度报告，公开日期2022年3月22日；新建了单位（停用状态，需要时请在单位管理中启用）。", output.Trim());
        await using var db = _database.CreateContext();
        var bureau = await db.Bureaus.SingleAsync();
        Assert.Equal(("常州市人民政府外事办公室", "市外事办", "014109568", "常州市", false), (bureau.FullName, bureau.ShortName, bureau.OrganizationCode, bureau.City, bureau.IsActive));
        var report = await db.Reports.Include(r => r.Sections).SingleAsync();
        Assert.Equal((ReportStatus.Published, 2021, 6), (report.Status, report.Year, report.Sections.Count));
        var publication = await db.Publications.Include(p => p.File).SingleAsync();
        Assert.Equal(PublicationOrigin.Archive, publication.Origin);
        Assert.Equal("014109568/2022-00012", publication.IndexNumber);
        Assert.Equal("市外事办", publication.Publisher);
        Assert.Equal(new DateOnly(2022, 3, 22), publication.PublishedOn);
        Assert.Equal(Hash(File.ReadAllBytes(seed)), publication.SourceSha256);
        Assert.Equal(Hash(publication.File!.Bytes), publication.PdfSha256);
        Assert.Equal("%PDF"u8.ToArray(), publication.File.Bytes[..4]);
    }

    [Fact]
    public async Task Archiving_the_same_files_again_creates_nothing()
    {
        var seeds = new[] { RepositoryPaths.Seed("000"), RepositoryPaths.Seed("003") };
        await Archive(seeds);

        var (code, output, _) = await Archive(seeds);

        Assert.Equal(CliApp.Ok, code);
        Assert.Equal(
            [
                $"{seeds[0]}：已存在，跳过：这个文件已归档为上海市人民政府外事办公室2020年度报告。",
                $"{seeds[1]}：已存在，跳过：这个文件已归档为北京市人民政府外事辦公室2023年度报告。",
            ],
            output.Trim().Split('\n'));
        await using var db = _database.CreateContext();
        Assert.Equal((2, 2, 2), (await db.Bureaus.CountAsync(), await db.Reports.CountAsync(), await db.Publications.CountAsync()));
    }

    [Fact]
    public async Task Another_file_for_a_bureau_and_year_that_have_a_report_is_refused_and_stores_nothing()
    {
        var seed = RepositoryPaths.Seed("001");
        await Archive(seed);
        var edited = Path.Combine(_database.DataDirectory, "001-edited.txt");
        File.WriteAllText(edited, File.ReadAllText(seed).Replace("特此报告", "另有一段说明。\n特此报告", StringComparison.Ordinal));

        var (code, output, error) = await Archive(edited);

        Assert.Equal(CliApp.Failed, code);
        Assert.Equal("", output);
        Assert.Contains($"{edited}：错误：重庆市人民政府外事办公室的2020年度报告已存在（已公开），未归档此文件。", error, StringComparison.Ordinal);
        await using var db = _database.CreateContext();
        Assert.Equal((1, 1), (await db.Reports.CountAsync(), await db.Publications.CountAsync()));
    }

    [Fact]
    public async Task A_report_signed_with_a_short_name_needs_the_bureau_option()
    {
        var seed = RepositoryPaths.Seed("004");

        var withoutBureau = await Archive(seed);
        var withBureau = await Archive(seed, "--bureau", HezeBureau);

        Assert.Equal(CliApp.Failed, withoutBureau.Code);
        Assert.Contains("单位名称“市外办”是简称，无法确定是哪个单位，请指定单位全称。", withoutBureau.Error, StringComparison.Ordinal);
        Assert.True(withBureau.Code == CliApp.Ok, withBureau.Error);
        await using var db = _database.CreateContext();
        Assert.Equal(HezeBureau, (await db.Bureaus.SingleAsync()).FullName);
        Assert.Equal(new DateOnly(2024, 12, 25), (await db.Publications.SingleAsync()).PublishedOn);
    }

    [Fact]
    public async Task An_existing_bureau_is_found_by_its_name_also_in_traditional_characters_or_by_a_short_name_only_it_uses()
    {
        await using (var db = _database.CreateContext())
        {
            await DatabaseSetup.MigrateAsync(db);
            db.Bureaus.Add(Bureau.Create("北京市人民政府外事办公室", "市政府外办", "", "北京市", ""));
            db.Bureaus.Add(Bureau.Create(HezeBureau, "市外办", "", "菏泽市", ""));
            await db.SaveChangesAsync();
        }

        var (code, _, error) = await Archive(RepositoryPaths.Seed("003"), RepositoryPaths.Seed("004"));

        Assert.True(code == CliApp.Ok, error);
        await using var check = _database.CreateContext();
        Assert.Equal(2, await check.Bureaus.CountAsync());
        var archived = await check.Publications.Join(check.Bureaus, p => p.BureauId, b => b.Id, (p, b) => b.FullName).ToListAsync();
        Assert.Equal(["北京市人民政府外事办公室", HezeBureau], archived.Order());
    }

    [Fact]
    public async Task A_report_without_any_date_is_published_on_the_deadline_and_says_so()
    {
        var (_, output, _) = await Archive(RepositoryPaths.Seed("001"));

        Assert.Contains("公开日期2021年4月1日（原文没有日期，按公开期限次年4月1日计）", output, StringComparison.Ordinal);
        await using var db = _database.CreateContext();
        Assert.Equal(new DateOnly(2021, 4, 1), (await db.Publications.SingleAsync()).PublishedOn);
    }

    [Fact]
    public async Task Bad_files_get_a_clear_error_each_and_the_good_ones_are_still_archived()
    {
        var broken = Write("broken.docx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);
        var noYear = Write("no-year.txt", "市外办法治政府建设情况报告\n一、主要举措和成效\n依法行政。\n"u8.ToArray());
        var tooManySections = Write("sections.txt", System.Text.Encoding.UTF8.GetBytes(
            "某某市人民政府外事办公室2023年度法治政府建设情况报告\n" + string.Concat(Enumerable.Range(1, 21).Select(i => $"{Numbering.SectionLabel(i)}第{i}部分\n依法行政。\n"))));
        var missing = Path.Combine(_database.DataDirectory, "missing.txt");

        var (code, output, error) = await Archive(broken, noYear, tooManySections, missing, RepositoryPaths.Seed("000"));

        Assert.Equal(CliApp.Failed, code);
        var errors = error.Trim().Split('\n');
        Assert.Equal(4, errors.Length);
        Assert.StartsWith($"{broken}：错误：", errors[0], StringComparison.Ordinal);
        Assert.Equal($"{noYear}：错误：没能识别出报告的年度。请在“导入历史报告”页面上传这个文件，核对并填写年度后归档。", errors[1]);
        Assert.Equal($"{tooManySections}：错误：报告最多{AnnualReportLimits.MaxSections}个部分。", errors[2]);
        Assert.Equal($"{missing}：错误：找不到文件：{missing}", errors[3]);
        Assert.StartsWith($"{RepositoryPaths.Seed("000")}：已归档：", output, StringComparison.Ordinal);
        await using var db = _database.CreateContext();
        Assert.Equal((1, 1), (await db.Bureaus.CountAsync(), await db.Publications.CountAsync()));
    }

    [Fact]
    public async Task A_folder_is_archived_recursively_with_a_summary_table_of_what_was_read()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_database.DataDirectory, "历年报告"));
        var shanghai = Path.Combine(folder.FullName, "2020.txt");
        File.Copy(RepositoryPaths.Seed("000"), shanghai);
        var year2020 = Directory.CreateDirectory(Path.Combine(folder.FullName, "重庆"));
        var chongqing = Path.Combine(year2020.FullName, "报告.txt");
        File.Copy(RepositoryPaths.Seed("001"), chongqing);
        // What a browser saves beside a page, and a file of another kind: neither is a report.
        var resources = Directory.CreateDirectory(Path.Combine(year2020.FullName, "报告_files"));
        File.WriteAllText(Path.Combine(resources.FullName, "menu.html"), "<html><body><p>首页 政务公开</p></body></html>");
        File.WriteAllText(Path.Combine(folder.FullName, "统计.xlsx"), "not a report");

        var (code, output, error) = await Archive(folder.FullName);

        Assert.True(code == CliApp.Ok, error);
        Assert.Contains("共 2 个文件：", output, StringComparison.Ordinal);
        Assert.Contains("文件 | 标题 | 单位 | 年度 | 最低把握 | 提示", output, StringComparison.Ordinal);
        Assert.Matches($@"{System.Text.RegularExpressions.Regex.Escape(shanghai)} \| 市外办2020年法治政府建设年度报告 \| 上海市人民政府外事办公室 \| 2020 \| \d+% \| ", output);
        Assert.Matches($@"{System.Text.RegularExpressions.Regex.Escape(chongqing)} \| 重庆市人民政府外事办公室关于2020年度法治政府建设情况的报告 \| 重庆市人民政府外事办公室 \| 2020 \| \d+% \| ", output);
        Assert.DoesNotContain("menu.html", output, StringComparison.Ordinal);
        Assert.DoesNotContain("统计.xlsx", output, StringComparison.Ordinal);
        await using var db = _database.CreateContext();
        Assert.Equal(2, await db.Publications.CountAsync());
    }

    [Fact]
    public async Task Without_files_it_explains_the_usage()
    {
        var (code, _, error) = await CliDispatch.Run("archive");

        Assert.Equal(CliApp.Usage, code);
        Assert.Contains("请指定要归档的文件。", error, StringComparison.Ordinal);
    }

    private Task<(int Code, string Output, string Error)> Archive(params string[] arguments) =>
        CliDispatch.Run(["archive", .. arguments, "--provider", _database.Provider.ToString(), "--connection", _database.Options.ConnectionString!, "--data-dir", _database.DataDirectory]);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_database.DataDirectory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
