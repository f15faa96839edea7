using System.Buffers;
using System.Collections.Frozen;

namespace LawReport.Documents.Import.Parsing;

/// <summary>
/// Folds traditional characters to simplified ones, for matching only: keywords, page chrome,
/// metadata keys and organisation names are written once, in simplified characters, and still match
/// a report written in traditional characters (seed 003: 舉措, 問題, 負責人, 瀏覽); the archive also
/// recognises a bureau's name written either way with it. The report's own text is never converted.
/// The table covers the characters those words use and common administrative vocabulary, not the
/// whole language; folding keeps every string's length.
/// </summary>
public static class ChineseVariants
{
    /// <summary>Pairs of (traditional, simplified).</summary>
    private const string Pairs =
        "當当現现瀏浏覽览閱阅讀读訪访問问點点擊击數数號号關关閉闭掃扫歸归檔档連连結结鏈链將将離离開开頁页題题" +
        "舉举負负責责計计劃划況况報报設设職职務务實实體体總总績绩進进來来發发佈布機机構构類类廢废內内時时間间" +
        "辦办會会廳厅黨党長长導导領领員员處处規规與与對对還还誤误顯显見见鍵键門门戶户網网繼继續续單单書书記记" +
        "專专項项區区縣县鄉乡鎮镇隊队團团協协組组織织衛卫醫医審审統统監监證证濟济稅税資资產产業业環环護护園园" +
        "僑侨權权訊讯種种細细範范圍围態态層层屆届貫贯徹彻學学習习傳传強强級级為为狀状聯联繫系個个盡尽儘尽備备" +
        "於于後后幹干執执據据標标準准確确釋释謀谋屬属創创優优勢势際际億亿萬万難难夠够須须達达應应該该較较錯错" +
        "齊齐彙汇匯汇綱纲紀纪營营歷历費费財财價价擔担議议稱称請请廣广東东義义樣样礎础階阶測测試试驗验認认識识" +
        "講讲談谈論论說说話话語语讓让調调諮咨詢询輔辅條条參参邊边華华陽阳經经畫画鐵铁車车運运輸输戰战頭头聽听" +
        "詳详簡简穩稳異异並并註注冊册錄录遞递過过這这裡里遠远選选滬沪蘭兰寧宁臺台灣湾廈厦陝陕晉晋魯鲁粵粤貴贵" +
        "雲云瓊琼則则覺觉觀观勵励歡欢喚唤響响愛爱養养區区復复複复據据屬属麼么節节獻献級级絕绝維维護护";

    private static readonly FrozenDictionary<char, char> Simplified = BuildTable();

    private static readonly SearchValues<char> Traditional = SearchValues.Create(Simplified.Keys.ToArray());

    public static string Fold(string text)
    {
        if (!text.AsSpan().ContainsAny(Traditional))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Simplified.TryGetValue(source[i], out var simplified) ? simplified : source[i];
            }
        });
    }

    private static FrozenDictionary<char, char> BuildTable()
    {
        var table = new Dictionary<char, char>();
        for (var i = 0; i + 1 < Pairs.Length; i += 2)
        {
            table[Pairs[i]] = Pairs[i + 1];
        }

        return table.ToFrozenDictionary();
    }

    /// <summary>The traditional characters the table folds to <paramref name="simplified"/> (复: 復 and 複).</summary>
    public static IReadOnlyList<char> TraditionalOf(char simplified) =>
        TraditionalForms.TryGetValue(simplified, out var forms) ? forms : [];

    private static readonly FrozenDictionary<char, char[]> TraditionalForms = Simplified
        .GroupBy(pair => pair.Value, pair => pair.Key)
        .ToFrozenDictionary(g => g.Key, g => g.Order().ToArray());
}
