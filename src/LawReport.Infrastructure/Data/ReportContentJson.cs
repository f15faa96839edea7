using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using LawReport.Domain.Reports;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LawReport.Infrastructure.Data;

/// <summary>
/// Frozen content (revisions, publications) is stored as one JSON document: it is read and written whole,
/// never queried by part, and it must come back exactly as it was frozen.
/// </summary>
public sealed class ReportContentJsonConverter() : ValueConverter<ReportContent, string>(
    content => JsonSerializer.Serialize(content, ReportContentJson.Options),
    json => JsonSerializer.Deserialize<ReportContent>(json, ReportContentJson.Options)!);

/// <summary>Frozen content never changes after it is set, so comparing references is enough.</summary>
public sealed class ReportContentComparer() : ValueComparer<ReportContent>(
    (a, b) => ReferenceEquals(a, b),
    content => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(content),
    content => content);

public static class ReportContentJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };
}
