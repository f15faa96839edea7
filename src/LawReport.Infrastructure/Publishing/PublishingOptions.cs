using LawReport.Domain.Publishing;

namespace LawReport.Infrastructure.Publishing;

/// <summary>The <c>Publishing</c> section: how published reports are numbered and filed.</summary>
public sealed class PublishingOptions
{
    public const string SectionName = "Publishing";

    /// <summary>索引号 pattern: <c>{code}</c> organisation code, <c>{year}</c> year of publication, <c>{serial}</c> 5-digit serial.</summary>
    public string IndexNumberPattern { get; set; } = Domain.Publishing.IndexNumberPattern.Default;

    /// <summary>主题分类 of published reports in the government information disclosure catalogue.</summary>
    public string Category { get; set; } = "综合政务";

    /// <summary>Checks the settings at start-up, so a wrong pattern stops the portal instead of the first publication.</summary>
    public static bool IsValid(PublishingOptions options) =>
        options.IndexNumberPattern.Contains("{serial}", StringComparison.Ordinal)
        && options.Category.Length <= Publication.CategoryMaxLength;
}

/// <summary>What the publisher types on the publication form; the rest comes from the report and the settings.</summary>
public sealed record PublicationRequest(string Summary = "", string DocumentNumber = "");
