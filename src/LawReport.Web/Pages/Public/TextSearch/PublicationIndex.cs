using System.Globalization;
using LawReport.Domain.Publishing;
using LawReport.Infrastructure.Data;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.Public.TextSearch;

/// <summary>Where an instance keeps its search index and how often it looks for changes.</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>The index folder, this instance's own; empty for <c>search-index</c> in the data directory.</summary>
    public string IndexDirectory { get; set; } = "";

    /// <summary>How often the index catches up with the change sequence when nobody searches.</summary>
    public TimeSpan CatchUpInterval { get; set; } = TimeSpan.FromSeconds(1);
}

/// <summary>
/// This instance's Lucene index of the current publications (ADR-021): one document a publication, its
/// text as overlapping character pairs (<see cref="CharPairTokenizer"/>), its title likewise, and what the
/// results are ordered by. The database is the truth: <see cref="CatchUpAsync"/> applies the change
/// sequence (<c>SearchIndexChanges</c>) after the position stored in the index's last commit, re-indexing
/// the reports named there; an empty index, a rebuild entry or a sequence behind the index (a database
/// replaced) rebuilds everything. Thread-safe: one writer behind a gate, searches on refreshed readers.
/// </summary>
public sealed class PublicationIndex : IDisposable
{
    private const string IdField = "id";
    private const string ReportField = "report";
    private const string TextField = "text";
    private const string TitleField = "title";
    private const string PublishedField = "published";
    private const string OrderField = "order";
    private const string PositionKey = "sequence";
    private const int BatchSize = 200;

    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly FSDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _applied;
    private bool _built;
    private readonly string? _temporary;

    public PublicationIndex(string path)
    {
        var analyzer = Analyzer.NewAnonymous((_, reader) => new TokenStreamComponents(new CharPairTokenizer(reader)));
        _directory = FSDirectory.Open(new DirectoryInfo(path));
        try
        {
            _writer = new IndexWriter(_directory, new IndexWriterConfig(Version, analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND });
        }
        catch (LockObtainFailedException)
        {
            // Another instance on the same data folder holds this index (e.g. two started on one volume):
            // this one builds a private index from the database instead, deleted when it stops.
            _directory.Dispose();
            _temporary = System.IO.Directory.CreateTempSubdirectory("lawreport-search-index-").FullName;
            _directory = FSDirectory.Open(new DirectoryInfo(_temporary));
            _writer = new IndexWriter(_directory, new IndexWriterConfig(Version, analyzer) { OpenMode = OpenMode.CREATE });
        }

        if (_writer.CommitData.TryGetValue(PositionKey, out var position))
        {
            _applied = long.Parse(position, CultureInfo.InvariantCulture);
            _built = true;
        }

        _searchers = new SearcherManager(_writer, true, null);
    }

    /// <summary>The last position of the change sequence this index reflects.</summary>
    public long Position => Volatile.Read(ref _applied);

    /// <summary>Brings the index up to the database's change sequence; cheap (one key lookup) when nothing changed.</summary>
    public async Task CatchUpAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        var latest = await LatestAsync(db, cancellationToken);
        if (_built && latest == Position)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            latest = await LatestAsync(db, cancellationToken);
            if (_built && latest == _applied)
            {
                return;
            }

            var changed = _built && latest > _applied
                ? await db.SearchIndexChanges.Where(c => c.Id > _applied && c.Id <= latest).Select(c => c.ReportId).Distinct().ToListAsync(cancellationToken)
                : [null];
            if (changed.Contains(null))
            {
                _writer.DeleteAll();
                await AddAsync(db, db.Publications, cancellationToken);
            }
            else
            {
                var reports = changed.Select(r => r!.Value).ToList();
                _writer.DeleteDocuments(reports.Select(r => new Term(ReportField, r.ToString(CultureInfo.InvariantCulture))).ToArray());
                await AddAsync(db, db.Publications.Where(p => reports.Contains(p.ReportId)), cancellationToken);
            }

            _writer.SetCommitData(new Dictionary<string, string> { [PositionKey] = latest.ToString(CultureInfo.InvariantCulture) });
            _writer.Commit();
            _searchers.MaybeRefreshBlocking();
            Volatile.Write(ref _applied, latest);
            _built = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// The ids of one page of matches and how many there are. Every word must occur (in one of its
    /// spellings); ranking: publications whose title holds the first word, then the newest 公开日期, then
    /// the newest publication.
    /// </summary>
    public (int Total, int Page, IReadOnlyList<int> Ids) Search(SearchTerms terms, int page, int pageSize)
    {
        var all = new BooleanQuery();
        foreach (var word in terms.Words)
        {
            all.Add(Spelled(TextField, word), Occur.MUST);
        }

        // Scores carry the ranking's first rule only: 1 for a title hit, 0 otherwise; the sort does the rest.
        var query = new BooleanQuery(disableCoord: true);
        query.Add(new ConstantScoreQuery(all) { Boost = 0 }, Occur.MUST);
        query.Add(new ConstantScoreQuery(Spelled(TitleField, terms.Words[0])) { Boost = 1 }, Occur.SHOULD);
        var sort = new Sort(
            SortField.FIELD_SCORE,
            new SortField(PublishedField, SortFieldType.INT64, true),
            new SortField(OrderField, SortFieldType.INT64, true));

        var searcher = _searchers.Acquire();
        try
        {
            var top = searcher.Search(query, null, Math.Max(1, page * pageSize), sort);
            var clamped = Paging.Clamp(page, Paging.PageCountOf(top.TotalHits, pageSize));
            if (clamped != page)
            {
                page = clamped;
                top = searcher.Search(query, null, Math.Max(1, page * pageSize), sort);
            }

            var ids = top.ScoreDocs
                .Skip((page - 1) * pageSize)
                .Take(pageSize)
                .Select(d => searcher.Doc(d.Doc).GetField(IdField).GetInt32Value()!.Value)
                .ToList();
            return (top.TotalHits, page, ids);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _gate.Dispose();
        if (_temporary is not null)
        {
            System.IO.Directory.Delete(_temporary, recursive: true);
        }
    }

    private static async Task<long> LatestAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.SearchIndexChanges.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;

    /// <summary>A word in any of its spellings: the phrase of its character pairs; a single character, any pair it starts.</summary>
    private static BooleanQuery Spelled(string field, SearchWord word)
    {
        var any = new BooleanQuery();
        foreach (var spelling in word.Spellings)
        {
            if (spelling.Length == 1)
            {
                any.Add(new PrefixQuery(new Term(field, spelling)), Occur.SHOULD);
                continue;
            }

            var phrase = new PhraseQuery();
            for (var i = 0; i + 2 <= spelling.Length; i++)
            {
                phrase.Add(new Term(field, spelling.Substring(i, 2)), i);
            }

            any.Add(phrase, Occur.SHOULD);
        }

        return any;
    }

    /// <summary>Indexes the current ones among <paramref name="publications"/>, a batch at a time so memory stays flat.</summary>
    private async Task AddAsync(AppDbContext db, IQueryable<Publication> publications, CancellationToken cancellationToken)
    {
        var current = publications.AsNoTracking().Where(p => p.State == PublicationState.Current);
        var after = 0;
        while (true)
        {
            var batch = await current
                .Where(p => p.Id > after)
                .OrderBy(p => p.Id)
                .Select(p => new { p.Id, p.ReportId, p.Title, p.SearchText, p.PublishedOn })
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            foreach (var p in batch)
            {
                // A line break after each text makes every character the first of some pair, so a
                // one-character word is found by prefix even at the very end.
                _writer.AddDocument(new Document
                {
                    new StoredField(IdField, p.Id),
                    new StringField(ReportField, p.ReportId.ToString(CultureInfo.InvariantCulture), Field.Store.NO),
                    new TextField(TextField, p.Title + "\n" + p.SearchText + "\n", Field.Store.NO),
                    new TextField(TitleField, p.Title + "\n", Field.Store.NO),
                    new NumericDocValuesField(PublishedField, p.PublishedOn.DayNumber),
                    new NumericDocValuesField(OrderField, p.Id),
                });
            }

            if (batch.Count < BatchSize)
            {
                return;
            }

            after = batch[^1].Id;
        }
    }
}
