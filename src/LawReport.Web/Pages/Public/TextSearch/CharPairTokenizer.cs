using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace LawReport.Web.Pages.Public.TextSearch;

/// <summary>
/// Splits text into every overlapping pair of characters (行政复议 → 行政, 政复, 复议), one position apart.
/// A word of two or more characters is then found exactly where it occurs as a substring: a phrase of its
/// pairs at consecutive positions — the same answer as ADR-010's <c>Contains</c>, for two-character words
/// too, across punctuation and Latin letters alike, case kept. Lucene's CJK bigram filter was not used
/// because it splits at punctuation and treats Latin text as words, which would change what is found.
/// </summary>
internal sealed class CharPairTokenizer : Tokenizer
{
    private readonly ICharTermAttribute _term;
    private string _text = "";
    private int _next;

    public CharPairTokenizer(TextReader input)
        : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_next + 2 > _text.Length)
        {
            return false;
        }

        _term.Append(_text[_next]).Append(_text[_next + 1]);
        _next++;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _text = m_input.ReadToEnd();
        _next = 0;
    }}
