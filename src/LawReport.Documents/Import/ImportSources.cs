using System.IO.Compression;
using System.Text;

namespace LawReport.Documents.Import;

/// <summary>A file to import, by its name and its bytes (an entry of a .zip, an upload).</summary>
public sealed record ImportSource(string Name, byte[] Bytes);

/// <summary>
/// The files a whole collection holds — a folder (searched recursively) or a .zip — as a city keeps
/// years of reports: the formats the importer reads, without the folders browsers save a page's
/// pictures and scripts in (<c>报告_files</c>, <c>报告.files</c>) and without hidden files.
/// </summary>
public static class ImportSources
{
    /// <summary>Entries of a .zip beyond this are not read: a city's archive is tens of reports, not thousands.</summary>
    public const int MaxZipEntries = 500;

    /// <summary>What the importer reads (.doc only to explain how to save it as .docx).</summary>
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".html", ".htm", ".xhtml", ".mhtml", ".mht", ".docx", ".doc", ".pdf",
    };

    /// <summary>The importable files under <paramref name="folder"/>, in a stable order (by path).</summary>
    public static IReadOnlyList<string> FilesIn(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
            .Where(path => IsImportable(Path.GetRelativePath(folder, path)))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The importable files of a .zip, and a Chinese line for each entry that was left out. Names
    /// without the zip's UTF-8 flag are read as GB18030, as Chinese Windows writes them.
    /// </summary>
    public static (IReadOnlyList<ImportSource> Files, IReadOnlyList<string> Skipped) ReadZip(Stream zip)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var files = new List<ImportSource>();
        var skipped = new List<string>();
        try
        {
            using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true, Encoding.GetEncoding("GB18030"));
            foreach (var entry in archive.Entries.Where(e => e.Name.Length > 0 && IsImportable(e.FullName)))
            {
                if (files.Count == MaxZipEntries)
                {
                    skipped.Add($"压缩包里的文件超过 {MaxZipEntries} 个，其余的没有读取。");
                    break;
                }

                if (entry.Length > ImportLimits.MaxFileBytes)
                {
                    skipped.Add($"{entry.FullName}：{ImportLimits.TooLargeMessage(entry.Length)}");
                    continue;
                }

                files.Add(new ImportSource(entry.FullName, ReadEntry(entry)));
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            // A damaged archive fails in the zip reader in several ways (found with cut and corrupted files).
            skipped.Add("这个压缩包已损坏或不是 .zip 格式，无法读取。");
        }

        return (files, skipped);
    }

    /// <summary>A path (relative to the collection) of a file the importer reads, outside browser resource folders.</summary>
    private static bool IsImportable(string relativePath)
    {
        var parts = relativePath.Split('/', '\\');
        return Extensions.Contains(Path.GetExtension(relativePath))
            && !parts.Any(p => p.StartsWith('.') || p.StartsWith("__MACOSX", StringComparison.Ordinal))
            && !parts[..^1].Any(p => p.EndsWith("_files", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".files", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Reads an entry up to the size limit, whatever its header claims (a forged size cannot make it larger).</summary>
    private static byte[] ReadEntry(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0 && buffer.Length <= ImportLimits.MaxFileBytes)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
