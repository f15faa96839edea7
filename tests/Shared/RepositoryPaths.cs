namespace LawReport.Tests.Shared;

/// <summary>Finds files of the repository (seeds, fonts, docs) from a test's output folder.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LawReport.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LawReport.sln not found above " + AppContext.BaseDirectory);
    });

    public static string RepositoryRoot => Root.Value;

    public static string Seeds => Path.Combine(RepositoryRoot, "seeds");

    /// <summary>The seed reports, in file-name order (000 Shanghai 2020 … 004 Heze 2024).</summary>
    public static IReadOnlyList<string> SeedFiles =>
        Directory.GetFiles(Seeds, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();

    public static string Seed(string prefix) => SeedFiles.Single(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal));
}
