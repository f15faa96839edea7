namespace LawReport.Documents.Import;

/// <summary>
/// How much the importer accepts. A long report is about 30 000 characters (well under 1 MB in any
/// format, a few MB as a Word file with pictures), so these limits only stop mistakes and abuse early.
/// </summary>
public static class ImportLimits
{
    /// <summary>Larger files are refused before they are read into memory.</summary>
    public const long MaxFileBytes = 20L * 1024 * 1024;

    /// <summary>Characters one part of a Word file may expand to (guards against zip bombs).</summary>
    public const long MaxWordPartCharacters = 50L * 1024 * 1024;

    /// <summary>Text longer than this, once extracted, is not a yearly report.</summary>
    public const int MaxTextCharacters = 5_000_000;

    /// <summary>
    /// Characters of text a Word file may hold. A yearly report has a few tens of thousands, the longest
    /// a few hundred thousand; a 152 KB file can unpack to 49 million, which built as a document tree
    /// took 2 GB. Counted while the file is read, before the tree is built.
    /// </summary>
    public const long MaxWordTextCharacters = 1_000_000;

    /// <summary>XML elements the body of a Word file may hold (a long report has tens of thousands).</summary>
    public const long MaxWordElements = 300_000;

    public const string WordTooLongMessage = "这个 Word 文件的内容过长，不像一份年度报告（年度报告一般不超过几十万字），没有导入。请确认选对了文件。";

    /// <summary>Why a file over <see cref="MaxFileBytes"/> is refused (its size, when known), in Chinese.</summary>
    public static string TooLargeMessage(long? bytes) =>
        $"文件过大{(bytes is { } size ? $"（{Describe(size)}）" : "")}，最大只能导入 {Describe(MaxFileBytes)}。一份年度报告通常不到 1 MB，请确认选对了文件。";

    /// <summary>The size in the Chinese messages: 20 MB.</summary>
    internal static string Describe(long bytes) =>
        bytes >= 1024 * 1024
            ? $"{bytes / (1024.0 * 1024):0.#} MB"
            : $"{Math.Max(1, bytes / 1024)} KB";
}
