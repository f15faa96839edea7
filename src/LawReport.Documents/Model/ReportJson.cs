using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace LawReport.Documents.Model;

/// <summary>
/// The JSON form of a <see cref="ReportDocument"/>: what <c>lawreport import --json</c> prints and
/// <c>lawreport render</c> reads. camelCase properties, kinds by their PRODUCT.md names (Measures, LeaderDuties…), dates as ISO 8601, Chinese unescaped.
/// </summary>
public static class ReportJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false) },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize(ReportDocument report) => JsonSerializer.Serialize(report, Options);

    /// <summary>Reads a report; malformed JSON becomes a <see cref="ReportJsonException"/> with a Chinese message.</summary>
    public static ReportDocument Deserialize(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ReportDocument>(json, Options)
                ?? throw new ReportJsonException("JSON 内容为空，不是一份报告。");
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"（第{line + 1}行）" : "";
            throw new ReportJsonException($"报告 JSON 格式有误{where}：{e.Message}");
        }
    }
}

public sealed class ReportJsonException(string message) : Exception(message);
