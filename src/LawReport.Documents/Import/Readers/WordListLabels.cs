using DocumentFormat.OpenXml.Wordprocessing;
using ReportNumbering = LawReport.Domain.Reports.Numbering;

namespace LawReport.Documents.Import.Readers;

/// <summary>
/// The labels Word draws in front of numbered paragraphs (一、 （一） 1.), which the file does not
/// store as text: counted per list and level as Word counts them, formatted by the level's pattern.
/// </summary>
internal sealed class WordListLabels(Numbering? numbering)
{
    private const int Levels = 9;

    private readonly Dictionary<int, int?[]> _counters = [];

    /// <summary>The label of the next paragraph with these numbering properties ("" when it has none).</summary>
    public string Next(NumberingProperties? properties)
    {
        var numberingId = properties?.NumberingId?.Val?.Value ?? 0;
        var levelIndex = Math.Clamp(properties?.NumberingLevelReference?.Val?.Value ?? 0, 0, Levels - 1);
        if (numberingId == 0 || numbering is null)
        {
            return "";
        }

        var instance = numbering.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numberingId);
        var abstractId = instance?.AbstractNumId?.Val?.Value;
        var definition = numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
        if (instance is null || definition is null)
        {
            return "";
        }

        var counters = Counters(numberingId);
        counters[levelIndex] = counters[levelIndex] + 1 ?? Start(instance, definition, levelIndex);
        Array.Fill(counters, null, levelIndex + 1, Levels - levelIndex - 1);

        var pattern = Level(definition, levelIndex)?.LevelText?.Val?.Value ?? "";
        for (var i = 0; i <= levelIndex; i++)
        {
            var value = counters[i] ?? Start(instance, definition, i);
            pattern = pattern.Replace("%" + (i + 1), Format(value, Level(definition, i)?.NumberingFormat?.Val?.Value), StringComparison.Ordinal);
        }

        return pattern;
    }

    private int?[] Counters(int numberingId)
    {
        if (!_counters.TryGetValue(numberingId, out var counters))
        {
            counters = new int?[Levels];
            _counters[numberingId] = counters;
        }

        return counters;
    }

    private static int Start(NumberingInstance instance, AbstractNum definition, int levelIndex)
    {
        var overridden = instance.Elements<LevelOverride>()
            .FirstOrDefault(o => o.LevelIndex?.Value == levelIndex)?.StartOverrideNumberingValue?.Val?.Value;
        return overridden ?? Level(definition, levelIndex)?.StartNumberingValue?.Val?.Value ?? 1;
    }

    private static Level? Level(AbstractNum definition, int levelIndex) =>
        definition.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == levelIndex);

    private static string Format(int value, NumberFormatValues? format) => format switch
    {
        NumberFormatValues.Bullet or NumberFormatValues.None => "",
        NumberFormatValues.ChineseCounting or NumberFormatValues.ChineseCountingThousand or NumberFormatValues.ChineseLegalSimplified
            or NumberFormatValues.IdeographDigital or NumberFormatValues.JapaneseCounting or NumberFormatValues.TaiwaneseCounting
            or NumberFormatValues.TaiwaneseCountingThousand or NumberFormatValues.IdeographLegalTraditional
            => value is >= 1 and < 100 ? ReportNumbering.ChineseNumeral(value) : Arabic(value),
        NumberFormatValues.DecimalEnclosedCircle or NumberFormatValues.DecimalEnclosedCircleChinese when value is >= 1 and <= 20
            => ((char)('①' + value - 1)).ToString(),
        NumberFormatValues.LowerLetter => Letter(value, 'a'),
        NumberFormatValues.UpperLetter => Letter(value, 'A'),
        NumberFormatValues.LowerRoman => Roman(value).ToLowerInvariant(),
        NumberFormatValues.UpperRoman => Roman(value),
        _ => Arabic(value),
    };

    private static string Arabic(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Letter(int value, char first) => new((char)(first + (value - 1) % 26), (value - 1) / 26 + 1);

    private static string Roman(int value)
    {
        if (value is < 1 or > 3999)
        {
            return Arabic(value);
        }

        (int Value, string Symbol)[] numerals =
            [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var roman = new System.Text.StringBuilder();
        foreach (var (numeral, symbol) in numerals)
        {
            for (; value >= numeral; value -= numeral)
            {
                roman.Append(symbol);
            }
        }

        return roman.ToString();
    }
}
