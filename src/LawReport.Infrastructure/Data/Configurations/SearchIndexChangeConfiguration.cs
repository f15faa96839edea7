using LawReport.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LawReport.Infrastructure.Data.Configurations;

/// <summary>The search index's change sequence: an increasing key, read from the last one applied.</summary>
internal sealed class SearchIndexChangeConfiguration : IEntityTypeConfiguration<SearchIndexChange>
{
    public void Configure(EntityTypeBuilder<SearchIndexChange> builder)
    {
        builder.ToTable("SearchIndexChanges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedOnAdd();
    }
}
