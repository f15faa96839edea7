using System.Net;
using LawReport.Domain.Common;
using LawReport.Infrastructure.Archive;
using LawReport.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LawReport.Web.Tests.Admin.Archive;

/// <summary>Uploading files: each one read waits for review; each one that cannot be read says why, and nothing of it is kept.</summary>
public class ArchiveUpload(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task One_uploaded_page_opens_its_review_with_the_source_text_beside_the_parse()
    {
        using var client = await portal.SignedInAsync("sysadmin");

        var review = await client.UploadAsync(ArchiveUploads.Seed("002"));

        Assert.Equal(HttpStatusCode.OK, review.Status);
        Assert.Contains("/Admin/Archive/Review/", review.Response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("已读取“常州市人民政府外事办公室2021年度法治政府建设情况报告”", review.Text, StringComparison.Ordinal);
        Assert.Contains("信息名称:常州市人民政府外事办公室2021年度法治政府建设情况报告", review.Find("pre.source-text")!.TextContent, StringComparison.Ordinal);
        var sections = review.Document.QuerySelectorAll(".parsed-section").ToList();
        Assert.Equal(6, sections.Count);
        Assert.Equal(5, sections.Count(s => s.ClassList.Contains("unsure") && s.TextContent.Contains("把握不大", StringComparison.Ordinal)));
        Assert.Contains("六、2022年推进法治政府建设的主要安排", sections[5].QuerySelector("h3")!.TextContent, StringComparison.Ordinal);
        var pending = await portal.WithDbAsync((db, _) => db.PendingImports.SingleAsync(p => p.FileName == ArchiveUploads.Seed("002").Name));
        Assert.Equal(ReportArchive.Sha256(ArchiveUploads.Seed("002").Bytes), pending.SourceSha256);
        Assert.Equal(2021, pending.Report.Year);
    }

    [Fact]
    public async Task A_zip_of_reports_is_read_file_by_file_without_the_pages_resource_folders()
    {
        using var client = await portal.SignedInAsync("sysadmin");
        var first = ArchiveUploads.Report("苏州市人民政府外事办公室", 2021);
        var second = ArchiveUploads.Report("南通市人民政府外事办公室", 2022);
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in new[]
            {
                ("2021/苏州.txt", first.Bytes),
                ("2022/南通.txt", second.Bytes),
                ("2022/南通_files/menu.html", "<html><body><p>首页</p></body></html>"u8.ToArray()),
                ("统计.xlsx", "not a report"u8.ToArray()),
            })
            {
                await using var entry = zip.CreateEntry(name).Open();
                await entry.WriteAsync(bytes);
            }
        }

        var index = await client.UploadAsync(("历年报告.zip", buffer.ToArray()));

        var lines = index.Document.QuerySelectorAll(".upload-results li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, lines.Count);
        Assert.StartsWith("历年报告.zip/2021/苏州.txt：已读取“苏州市人民政府外事办公室2021年度法治政府建设情况报告”", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("历年报告.zip/2022/南通.txt：已读取", lines[1], StringComparison.Ordinal);
        var names = await portal.WithDbAsync((db, _) => db.PendingImports.Select(p => p.FileName).ToListAsync());
        Assert.Contains("苏州.txt", names);
        Assert.Contains("南通.txt", names);
        Assert.DoesNotContain("menu.html", names);
    }

    [Fact]
    public async Task A_damaged_zip_is_refused_in_chinese()
    {
        using var client = await portal.SignedInAsync("sysadmin");

        var index = await client.UploadAsync(("坏的.zip", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x01]));

        Assert.Equal(["坏的.zip：这个压缩包已损坏或不是 .zip 格式，无法读取。"], index.Document.QuerySelectorAll(".upload-results li").Select(li => li.TextContent));
    }

    [Fact]
    public async Task Several_files_at_once_each_get_their_line_and_only_readable_new_ones_wait_for_review()
    {
        using var client = await portal.SignedInAsync("sysadmin");
        var report = ArchiveUploads.Report("无锡市人民政府外事办公室", 2022, "无锡.txt");

        var index = await client.UploadAsync(
            report,
            ("broken.docx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]),
            ("empty.txt", "   \n"u8.ToArray()),
            ("old.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]),
            ("again.txt", report.Bytes));

        var lines = index.Document.QuerySelectorAll(".upload-results li").Select(li => li.TextContent).ToList();
        Assert.Equal(5, lines.Count);
        Assert.StartsWith("无锡.txt：已读取", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("broken.docx：", lines[1], StringComparison.Ordinal);
        Assert.Equal("empty.txt：文件是空的，没有可导入的内容。", lines[2]);
        Assert.Contains("旧版 Word（.doc）", lines[3], StringComparison.Ordinal);
        Assert.Equal("again.txt：这个文件已在待核对的列表中。", lines[4]);
        Assert.Contains("无锡.txt", index.Find("table.data")!.TextContent, StringComparison.Ordinal);
        var names = await portal.WithDbAsync((db, _) => db.PendingImports.Select(p => p.FileName).ToListAsync());
        Assert.Contains("无锡.txt", names);
        Assert.DoesNotContain("broken.docx", names);
        Assert.DoesNotContain("again.txt", names);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_with_its_size_in_chinese()
    {
        using var client = await portal.SignedInAsync("sysadmin");
        var huge = new byte[50 * 1024 * 1024];
        Array.Fill(huge, (byte)'a');

        var index = await client.UploadAsync(("huge.txt", huge));

        Assert.Equal(HttpStatusCode.OK, index.Status);
        Assert.Equal("huge.txt：文件过大（50 MB），最大只能导入 20 MB。一份年度报告通常不到 1 MB，请确认选对了文件。", index.Find(".upload-results li")!.TextContent);
        Assert.False(await portal.WithDbAsync((db, _) => db.PendingImports.AnyAsync(p => p.FileName == "huge.txt")));
    }

    [Fact]
    public async Task Submitting_without_a_file_is_explained_next_to_the_field()
    {
        using var client = await portal.SignedInAsync("sysadmin");
        var index = await client.GetPageAsync(ArchiveUploads.Index);

        var page = await client.SubmitAsync(index.Form("form[enctype='multipart/form-data']"));

        Assert.Equal("请选择要导入的文件。", page.FieldError("Input.Files"));
    }

    [Fact]
    public async Task A_file_already_in_the_archive_is_not_imported_again()
    {
        var seed = ArchiveUploads.Seed("000");
        var archived = await portal.WithDbAsync((_, services) =>
            services.GetRequiredService<ReportArchive>().ArchiveFileAsync(seed.Bytes, seed.Name, Actor.System));
        Assert.Equal(ArchiveOutcome.Archived, archived.Outcome);
        using var client = await portal.SignedInAsync("sysadmin");

        var index = await client.UploadAsync(seed);

        Assert.Equal($"{seed.Name}：这个文件已归档为上海市人民政府外事办公室2020年度报告，无需再次导入。", index.Find(".upload-results li")!.TextContent);
        Assert.False(await portal.WithDbAsync((db, _) => db.PendingImports.AnyAsync(p => p.FileName == seed.Name)));
    }
}
