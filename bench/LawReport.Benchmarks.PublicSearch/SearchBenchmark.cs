using System.Diagnostics;
using System.Globalization;
using LawReport.Documents.Import;
using LawReport.Domain.Bureaus;
using LawReport.Domain.Common;
using LawReport.Domain.Publishing;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Data;
using LawReport.Tests.Shared;
using LawReport.Web.Pages.Public.TextSearch;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LawReport.Benchmarks.PublicSearch;

/// <summary>
/// The public search over a city's archive grown large: by default 2 000 publications (200 bureaus × 10
/// years), each made of the seed reports' real text, on SQLite and — when <c>--postgres</c> gives a server —
/// on PostgreSQL. Both engines are measured: the index (<see cref="IndexedPublicationSearch"/>, ADR-021,
/// with the time to build it and to catch up one new publication) and the substring scan it replaced
/// (<see cref="ContainsPublicationSearch"/>, ADR-010; <c>--no-scan</c> skips it, it is slow at 100 000).
/// Each query runs in a fresh DbContext, as a request would; the medians and 95th percentiles after a
/// warm-up are printed as a Markdown table.
/// </summary>
internal static class SearchBenchmark
{
    /// <summary>A phrase put into one report in a hundred, for a selective query.</summary>
    private const string RareWord = "涉外法律服务中心";

    private static readonly string[] Queries = ["普法", "复议", RareWord, "领事保护 普法", "量子计算"];

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var publications = Option(args, "--publications", 2000);
        var runs = Option(args, "--runs", 30);
        var postgres = Value(args, "--postgres");
        var scan = !args.Contains("--no-scan");
        output.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {publications} publications, {runs} runs per query");

        var databases = new List<(string Name, Func<Task<BenchDatabase>> Create)> { ("SQLite", () => Task.FromResult(BenchDatabase.Sqlite())) };
        if (postgres is not null)
        {
            databases.Add(("PostgreSQL", () => BenchDatabase.PostgresAsync(postgres)));
        }

        var rows = new List<string>();
        foreach (var (name, create) in databases)
        {
            await using var database = await create();
            var fill = Stopwatch.StartNew();
            var characters = await FillAsync(database, publications);
            output.WriteLine($"{name}: {publications} publications, {characters / 1_000_000.0:F1} million characters of text, filled in {fill.Elapsed.TotalSeconds:F0} s");

            var folder = Directory.CreateTempSubdirectory("lawreport-bench-index-").FullName;
            try
            {
                using var index = new PublicationIndex(folder);
                var build = Stopwatch.StartNew();
                await using (var db = database.CreateContext())
                {
                    await index.CatchUpAsync(db);
                }

                output.WriteLine($"{name}: index built in {build.Elapsed.TotalSeconds:F1} s");
                var catchUp = await CatchUpOneAsync(database, index);
                output.WriteLine($"{name}: one new publication caught up in {catchUp.TotalMilliseconds:F0} ms");

                foreach (var query in Queries)
                {
                    SearchTerms.TryParse(query, out var terms, out _);
                    var (median, p95, cpu, total) = await MeasureAsync(runs, async () =>
                    {
                        await using var db = database.CreateContext();
                        var results = await new IndexedPublicationSearch(db, index).SearchAsync(terms, 1, 10);
                        return results.Total;
                    });
                    rows.Add($"| {name} | index | `{query}` | {total} | {median:F1} ms | {p95:F1} ms | {cpu:F1} ms |");
                    if (!scan)
                    {
                        continue;
                    }

                    (median, p95, cpu, total) = await MeasureAsync(runs, async () =>
                    {
                        await using var db = database.CreateContext();
                        var results = await new ContainsPublicationSearch(db).SearchAsync(terms, 1, 10);
                        return results.Total;
                    });
                    rows.Add($"| {name} | scan | `{query}` | {total} | {median:F1} ms | {p95:F1} ms | {cpu:F1} ms |");
                }
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        output.WriteLine();
        output.WriteLine("| database | engine | query | reports found | median | 95th percentile | CPU of this process per search |");
        output.WriteLine("|---|---|---|---|---|---|---|");
        rows.ForEach(output.WriteLine);
        return 0;
    }

    /// <summary>
    /// Bureaus and archived publications whose text is one seed report followed by half of the next (real
    /// reports run longer than the seeds); the PDF is a placeholder, since search never reads the files.
    /// </summary>
    private static async Task<long> FillAsync(BenchDatabase database, int publications)
    {
        var seeds = RepositoryPaths.SeedFiles.Select(f => ReportImporter.ImportFile(f).Report!.ToContent()).ToList();
        var pdf = "%PDF-1.7 placeholder"u8.ToArray();
        const int years = 10;
        long characters = 0;
        await using (var db = database.CreateContext())
        {
            await DatabaseSetup.MigrateAsync(db);
            db.Bureaus.AddRange(Enumerable.Range(1, (publications + years - 1) / years)
                .Select(i => Bureau.Create($"第{i}号测试单位", $"测试{i}", "", $"城市{i % 7}", i % 3 == 0 ? "区县政府" : "市政府工作部门")));
            await db.SaveChangesAsync();
        }

        var at = new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero);
        for (var start = 0; start < publications; start += 200)
        {
            await using var db = database.CreateContext();
            var bureaus = await db.Bureaus.OrderBy(b => b.Id).ToListAsync();
            var batch = new List<Publication>();
            for (var n = start; n < Math.Min(publications, start + 200); n++)
            {
                var bureau = bureaus[n / years];
                var year = 2014 + (n % years);
                var content = Combine(seeds[n % seeds.Count], seeds[(n + 1) % seeds.Count], n % 100 == 0 ? RareWord : "");
                var report = AnnualReport.CreateArchived(bureau, year, content, Actor.System, at);
                db.Reports.Add(report);
                await db.SaveChangesAsync();
                var details = new PublicationDetails(bureau.FullName, new DateOnly(year + 1, 3, 1 + (n % 28)));
                var publication = Publication.Archive(report, "", details, n.ToString("x64", CultureInfo.InvariantCulture), Actor.System, at, pdf);
                characters += publication.SearchText.Length;
                batch.Add(publication);
            }

            db.Publications.AddRange(batch);
            await db.SaveChangesAsync();
        }

        return characters;
    }

    /// <summary>Archives one more publication and times the index catching up with it.</summary>
    private static async Task<TimeSpan> CatchUpOneAsync(BenchDatabase database, PublicationIndex index)
    {
        await using var db = database.CreateContext();
        var bureau = await db.Bureaus.OrderBy(b => b.Id).FirstAsync();
        var seed = ReportImporter.ImportFile(RepositoryPaths.SeedFiles.First()).Report!.ToContent();
        var at = new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero);
        var report = AnnualReport.CreateArchived(bureau, 2013, seed, Actor.System, at);
        db.Reports.Add(report);
        await db.SaveChangesAsync();
        db.Publications.Add(Publication.Archive(report, "", new PublicationDetails(bureau.FullName, new DateOnly(2014, 3, 1)), new string('f', 64), Actor.System, at, "%PDF-1.7 placeholder"u8.ToArray()));
        await db.SaveChangesAsync();

        var watch = Stopwatch.StartNew();
        await using var reader = database.CreateContext();
        await index.CatchUpAsync(reader);
        return watch.Elapsed;
    }

    private static ReportContent Combine(ReportContent first, ReportContent second, string extra) => first with
    {
        Preamble = PlainText.Block(first.Preamble + PlainText.ParagraphSeparator + extra),
        Sections = [.. first.Sections, .. second.Sections.Take((second.Sections.Count + 1) / 2)],
    };

    /// <summary>
    /// Wall-clock median and 95th percentile, and the CPU time this process spent per search: on SQLite
    /// that is the whole search (the engine runs in-process) and hardly depends on other load on the
    /// machine; on PostgreSQL the server's work is not in it.
    /// </summary>
    private static async Task<(double Median, double P95, double Cpu, int Total)> MeasureAsync(int runs, Func<Task<int>> search, int warmups = 3)
    {
        var total = 0;
        for (var i = 0; i < warmups; i++)
        {
            total = await search();
        }

        var times = new double[runs];
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await search();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / runs;
        Array.Sort(times);
        return (times[runs / 2], times[(int)Math.Ceiling(runs * 0.95) - 1], cpu, total);
    }

    private static int Option(string[] args, string name, int fallback) =>
        Value(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    private static string? Value(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}

/// <summary>A throw-away database for one run: a temporary SQLite file, or a new PostgreSQL database on the given server.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly DatabaseOptions _options;
    private readonly string _directory;
    private readonly Func<Task> _drop;

    private BenchDatabase(DatabaseOptions options, string directory, Func<Task> drop) => (_options, _directory, _drop) = (options, directory, drop);

    public static BenchDatabase Sqlite()
    {
        var directory = Directory.CreateTempSubdirectory("lawreport-search-bench-").FullName;
        var options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={Path.Combine(directory, "bench.db")}" };
        return new BenchDatabase(options, directory, () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            return Task.CompletedTask;
        });
    }

    public static async Task<BenchDatabase> PostgresAsync(string server)
    {
        var name = "lawreport_search_bench_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        var options = new DatabaseOptions
        {
            Provider = DatabaseProvider.PostgreSQL,
            ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString(),
        };
        return new BenchDatabase(options, Directory.CreateTempSubdirectory("lawreport-search-bench-").FullName, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        });
    }

    public AppDbContext CreateContext()
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        builder.UseLawReportDatabase(_options, _directory);
        // As the portal saves: publications append to the search index's change sequence (ADR-021).
        builder.AddInterceptors(new LawReport.Infrastructure.Search.SearchIndexChangeInterceptor(TimeProvider.System));
        return new AppDbContext(builder.Options);
    }

    public async ValueTask DisposeAsync()
    {
        await _drop();
        Directory.Delete(_directory, recursive: true);
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
