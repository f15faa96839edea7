using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LawReport.Infrastructure.Data;

/// <summary>Stores a <see cref="DateTimeOffset"/> as a UTC <see cref="DateTime"/> and reads it back at offset zero.</summary>
public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTime>(
    value => value.UtcDateTime,
    value => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)));
