namespace LawReport.Domain.Reports;

/// <summary>
/// Whether the leader-duties part names the leader: the regulation asks how 党政主要负责人 fulfilled their
/// duty, and a report that only says “主要负责同志” (seed 004) leaves the reader guessing who that is.
/// <para>
/// A text names a person when it holds either
/// (1) a name of two to four Han characters followed by 同志, e.g. 主任章勇武同志 (seed 001), where the two
/// characters before 同志 are not a generic word such as 负责, 领导 or 党员 (主要负责同志 names nobody); or
/// (2) a leader's title followed by a name that starts with a common surname, e.g. 党组书记、主任张宇 (seed 002),
/// where the two characters after the title are not a common word that happens to start with a surname
/// character (局长高度重视, 书记全面负责).
/// </para>
/// <para>
/// This is a heuristic: it accepts every named leader in the five seed reports and refuses the anonymous one.
/// A name written after its title without 同志 and with a rare surname is missed; the finding then tells the
/// filer to write “职务+姓名+同志”, which every reader understands.
/// </para>
/// </summary>
public static class LeaderNames
{
    private const string Comrade = "同志";

    /// <summary>Two-character words before 同志 that address a group or a post, not a person.</summary>
    private static readonly HashSet<string> GenericBeforeComrade = new(StringComparer.Ordinal)
    {
        "负责", "领导", "党员", "干部", "成员", "分管", "主要", "班子", "有关", "相关", "其他", "基层", "年轻", "青年", "各位", "全体",
        "广大", "处室", "科室", "机关", "职工", "同事", "负責", "領導", "黨員", "幹部", "處室",
    };

    /// <summary>Characters that end a phrase rather than a name: 的同志, 等同志, 各位同志, 老同志.</summary>
    private const string NotInName = "的等和及与们位名些老个各全这這那该該";

    private static readonly string[] Titles =
    [
        "书记", "主任", "局长", "厅长", "市长", "区长", "县长", "主席", "院长", "部长", "署长", "处长", "行长", "校长", "社长", "会长",
        "检察长", "关长", "队长", "所长", "站长", "馆长", "台长",
        "書記", "局長", "廳長", "市長", "區長", "縣長", "院長", "部長", "署長", "處長", "行長", "校長", "社長", "會長", "檢察長",
        "關長", "隊長", "館長",
    ];

    /// <summary>Common single-character surnames (simplified and traditional forms).</summary>
    private const string Surnames =
        "王李张刘劉陈陳杨楊赵趙黄黃周吴吳徐孙孫胡朱高林何郭马馬罗羅梁宋郑鄭谢謝韩韓唐冯馮于董萧蕭肖程曹袁邓鄧许許傅沈曾彭吕呂苏蘇"
        + "卢盧蒋蔣蔡贾賈丁魏薛叶葉阎閻闫余潘杜戴夏钟鍾汪田任姜范方石姚谭譚廖邹鄒熊金陆陸郝孔白崔康毛邱秦江史顾顧侯邵孟龙龍万萬段雷"
        + "钱錢汤湯尹黎易常武乔喬贺賀赖賴龚龔文庞龐樊兰蘭殷施陶洪翟安颜顏倪严嚴牛温溫芦蘆季俞章鲁魯葛伍韦韋申尤毕畢聂聶焦向柳邢路岳"
        + "齐齊梅莫庄莊辛管祝左涂谷祁时時舒耿牟卜詹关關苗凌费費纪紀靳盛童欧歐甄项項曲成游阳陽裴席卫衛查屈鲍鮑覃霍翁隋植甘景薄单單包"
        + "司柏宁寧柯阮桂闵閔解强強柴华華车車冉房边邊吉饶饒刁瞿戚丘古米池滕晋晉苑邬鄔臧畅暢宫宮来來苟佟";

    /// <summary>Common words that start with a surname character and often follow a title: 局长高度重视.</summary>
    private static readonly HashSet<string> CommonWordsAfterTitle = new(StringComparer.Ordinal)
    {
        "高度", "全面", "全力", "全程", "全年", "全体", "全市", "常务", "常态", "任期", "任职", "任务", "安排", "方面", "方式", "时间",
        "时刻", "关于", "严格", "严肃", "成员", "成立", "包括", "向全", "向市", "于本", "于年", "万元", "司法", "车辆", "单位", "强化",
        "华人", "文件", "项目", "管理", "解决", "来访", "来华", "阳光", "宁夏", "曲折", "时期", "時間", "關於", "嚴格", "單位", "項目",
    };

    public static bool AreMentionedIn(string text) => HasNamedComrade(text) || HasTitledName(text);

    private static bool HasNamedComrade(string text)
    {
        for (var at = text.IndexOf(Comrade, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Comrade, at + 1, StringComparison.Ordinal))
        {
            if (at >= 2 && IsNameCharacter(text[at - 2]) && IsNameCharacter(text[at - 1])
                && !GenericBeforeComrade.Contains(text.Substring(at - 2, 2)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasTitledName(string text)
    {
        foreach (var title in Titles)
        {
            for (var at = text.IndexOf(title, StringComparison.Ordinal); at >= 0; at = text.IndexOf(title, at + 1, StringComparison.Ordinal))
            {
                var name = at + title.Length;
                if (name + 1 < text.Length
                    && Surnames.Contains(text[name], StringComparison.Ordinal)
                    && IsNameCharacter(text[name + 1])
                    && !CommonWordsAfterTitle.Contains(text.Substring(name, 2)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsNameCharacter(char c) => IsHan(c) && !NotInName.Contains(c, StringComparison.Ordinal);

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
