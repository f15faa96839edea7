using System.Text.RegularExpressions;

namespace LawReport.Documents.Import.Parsing;

/// <summary>Words the parser reads the content of a section by (on folded, simplified text).</summary>
internal static partial class SectionVocabulary
{
    /// <summary>Words that say something falls short: 不足, 差距, 有待, 还需…</summary>
    [GeneratedRegex("不足|问题|差距|短板|薄弱|有待|还需|仍需|尚需|不够|欠缺|可改进")]
    public static partial Regex Problems();

    /// <summary>A sentence that turns from what was done to what is lacking: 同时，… 但…</summary>
    [GeneratedRegex("^(?:与此同时|同时|但是?|然而|当然|不过|此外|另外)")]
    public static partial Regex Turn();

    /// <summary>Words that look ahead.</summary>
    [GeneratedRegex("下一步|明年|今后|将继续")]
    public static partial Regex LooksAhead();
}
