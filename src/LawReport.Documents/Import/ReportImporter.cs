using LawReport.Documents.Import.Parsing;
using LawReport.Documents.Import.Readers;

namespace LawReport.Documents.Import;

/// <summary>
/// Imports a published report from a file: plain text (UTF-8 or GB18030/GBK), a saved web page or a
/// Word document, all read into lines and parsed by the same parser. Bad input never throws: it
/// gives an <see cref="ImportResult"/> whose <see cref="ImportResult.Error"/> says in Chinese what is
/// wrong, and files over <see cref="ImportLimits.MaxFileBytes"/> are refused before they are read.
/// </summary>
public static class ReportImporter
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] PdfSignature = "%PDF"u8.ToArray();
    private static readonly byte[] RtfSignature = @"{\rtf"u8.ToArray();
    private static readonly byte[] SpaceOrByteOrderMark = [(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n', 0xEF, 0xBB, 0xBF];

    /// <summary>Imports the file at <paramref name="path"/>.</summary>
    public static ImportResult ImportFile(string path)
    {
        try
        {
            var file = new FileInfo(path);
            if (!file.Exists)
            {
                return ImportResult.Failed($"找不到文件：{path}");
            }

            if (file.Length > ImportLimits.MaxFileBytes)
            {
                return TooLarge(file.Length);
            }

            using var stream = file.OpenRead();
            return Import(stream, file.Name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return ImportResult.Failed($"无法打开文件 {path}：{e.Message}");
        }
    }

    /// <summary>Imports a file received as a stream (an upload); <paramref name="fileName"/> tells its format.</summary>
    public static ImportResult Import(Stream stream, string fileName)
    {
        if (stream.CanSeek && stream.Length - stream.Position > ImportLimits.MaxFileBytes)
        {
            return TooLarge(stream.Length - stream.Position);
        }

        var bytes = ReadUpToLimit(stream);
        return bytes is null ? TooLarge(null) : Import(bytes, fileName);
    }

    /// <summary>Imports a file's bytes; <paramref name="fileName"/> tells its format (.txt, .html, .docx).</summary>
    public static ImportResult Import(byte[] bytes, string fileName)
    {
        if (bytes.LongLength > ImportLimits.MaxFileBytes)
        {
            return TooLarge(bytes.LongLength);
        }

        if (bytes.AsSpan().Trim(SpaceOrByteOrderMark).IsEmpty)
        {
            return ImportResult.Failed("文件是空的，没有可导入的内容。");
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        try
        {
            return Unsupported(bytes) is { } refusal ? ImportResult.Failed(refusal)
                : bytes.AsSpan().StartsWith(PdfSignature) ? ImportPdf(bytes)
                : bytes.AsSpan().StartsWith(ZipSignature) ? ImportWord(bytes)
                : extension is ".docx" ? ImportResult.Failed("这个文件的扩展名是 .docx，但内容不是 Word 文档。", SourceFormat.Word)
                : ImportTextOrWebPage(bytes, extension);
        }
        catch (ImportException e)
        {
            return ImportResult.Failed(e.Message);
        }
    }

    /// <summary>Parses text already extracted (pasted text, a test's input).</summary>
    public static ImportResult ParseText(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ImportResult.Failed("文件是空的，没有可导入的内容。", SourceFormat.Text);
        }

        return Parse(SplitLines(text), text, SourceFormat.Text, encoding: null);
    }

    private static ImportResult ImportWord(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var warnings = new List<string>();
        var lines = WordReader.Read(stream, warnings);
        return Parse(lines, string.Join("\n", lines.Select(l => l.Text)), SourceFormat.Word, encoding: null, warnings);
    }

    private static ImportResult ImportPdf(byte[] bytes)
    {
        try
        {
            var lines = PdfReader.Read(bytes);
            return Parse(lines, string.Join("\n", lines.Select(l => l.Text)), SourceFormat.Pdf, encoding: null);
        }
        catch (ImportException e)
        {
            return ImportResult.Failed(e.Message, SourceFormat.Pdf);
        }
    }

    private static ImportResult ImportTextOrWebPage(byte[] bytes, string extension)
    {
        if (extension is ".mhtml" or ".mht" || MhtmlReader.IsWebArchive(bytes))
        {
            var (html, charset) = MhtmlReader.Page(bytes);
            var page = WebPageReader.ReadText(html, charset);
            var pageLines = WebPageReader.Read(page.Text);
            return Parse(pageLines, string.Join("\n", pageLines.Select(l => l.Text)), SourceFormat.WebPage, page.EncodingName);
        }

        var isWebPage = extension is ".html" or ".htm" or ".xhtml" || LooksLikeHtml(bytes);
        var decoded = isWebPage ? WebPageReader.ReadText(bytes) : TextDecoder.Decode(bytes);
        if (!isWebPage)
        {
            return Parse(SplitLines(decoded.Text), decoded.Text, SourceFormat.Text, decoded.EncodingName);
        }

        var lines = WebPageReader.Read(decoded.Text);
        return Parse(lines, string.Join("\n", lines.Select(l => l.Text)), SourceFormat.WebPage, decoded.EncodingName);
    }

    private static ImportResult Parse(IReadOnlyList<SourceLine> lines, string sourceText, SourceFormat format, string? encoding, IReadOnlyList<string>? readerWarnings = null)
    {
        if (sourceText.Length > ImportLimits.MaxTextCharacters)
        {
            return ImportResult.Failed($"文件里的文字超过 {ImportLimits.MaxTextCharacters / 10_000} 万字，不像是一份年度报告。", format);
        }

        try
        {
            var parsed = ReportParser.Parse(lines);
            return new ImportResult
            {
                Report = parsed.Report,
                SourceText = sourceText,
                Format = format,
                Encoding = encoding,
                Warnings = [.. readerWarnings ?? [], .. parsed.Warnings],
            };
        }
        catch (ImportException e)
        {
            return ImportResult.Failed(e.Message, format) with { SourceText = sourceText, Encoding = encoding };
        }
    }

    private static List<SourceLine> SplitLines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r').Select(l => new SourceLine(l)).ToList();

    /// <summary>Formats that are recognisable by their first bytes and not supported, with what to do instead.</summary>
    private static string? Unsupported(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(OleSignature) ? "这是旧版 Word（.doc）或 WPS 文件，暂不支持直接读取。请在 Word 中打开它，选择“文件 → 另存为”，保存类型选“Word 文档（*.docx）”（WPS：“文件 → 另存为 → Word 文件（*.docx）”），再导入保存的 .docx 文件。"
        : bytes.StartsWith(RtfSignature) ? "暂不支持 RTF 文件。请在 Word 中另存为 .docx 后再导入。"
        : null;

    /// <summary>A page saved under another name: it starts with markup (a doctype, a comment, a tag) and has an html element early on.</summary>
    private static bool LooksLikeHtml(ReadOnlySpan<byte> bytes)
    {
        var start = bytes.TrimStart(SpaceOrByteOrderMark);
        var head = System.Text.Encoding.ASCII.GetString(start[..Math.Min(start.Length, 1024)]);
        return head.StartsWith('<') && head.Contains("<html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads at most the size limit plus one byte; null when the stream holds more than the limit.</summary>
    private static byte[]? ReadUpToLimit(Stream stream)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > ImportLimits.MaxFileBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static ImportResult TooLarge(long? bytes) => ImportResult.Failed(ImportLimits.TooLargeMessage(bytes));
}
