using Pipeline.Analysis.Entities;
using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>Reads the clause, source, subject, place and modality of a figure, each through its own reader.</summary>
internal sealed class ClaimReader
{
    private readonly ClaimTokens article;
    private readonly SourceReader sources;
    private readonly SubjectReader subjects;
    private readonly LocationReader locations;
    private readonly ModalityReader modality;

    public ClaimReader(string text, List<Token> tokens, List<SentenceSpan> sentences, ClaimLexicon lexicon, IReadOnlyList<EntityMention> entities)
    {
        article = new ClaimTokens(text, tokens, sentences, lexicon, entities);
        sources = new SourceReader(article);
        subjects = new SubjectReader(article, sources.Verbs);
        locations = new LocationReader(article);
        modality = new ModalityReader(article);
    }

    /// <summary>
    /// The clause of the sentence holding the figure: the sentence cut where a clause opener follows a comma, unless what
    /// follows the opener goes on with the verb phrase before it ("Prices are expected to ease, but remain above 6.8
    /// percent" is one clause).
    /// </summary>
    public SentenceSpan Clause(SentenceSpan sentence, Figure figure)
    {
        var tokens = article.Tokens;
        var openers = article.Lexicon.ClauseOpeners;
        if (openers.Count == 0)
        {
            return sentence;
        }

        var (first, end) = article.TokenRange(sentence);
        var start = sentence.Start;
        for (var i = first + 1; i < end; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !article.IsComma(i - 1) || !openers.Match(tokens, i, out _, out var openerEnd)
                || article.ContinuesVerbPhrase(openerEnd))
            {
                continue;
            }

            if (tokens[i].Start > figure.Start)
            {
                return new SentenceSpan(start, tokens[i - 1].Start);
            }

            start = tokens[i].Start;
        }

        return new SentenceSpan(start, sentence.End);
    }

    /// <summary>Whether what follows the figure names what fell or rose ("of rain", "de pluie"), making a length an amount.</summary>
    public bool FallenAmountAfter(Figure figure)
    {
        var after = article.LowerBound(figure.End);
        return after < article.Tokens.Count && article.Lexicon.FallenAmounts.Match(article.Tokens, after, out _, out _);
    }

    /// <summary>Who says the figure of <paramref name="clause"/>, a clause of sentence number <paramref name="sentence"/>.</summary>
    public Mention? Source(int sentence, SentenceSpan clause, Figure figure) => sources.Source(sentence, clause, figure);

    /// <summary>
    /// Whether a speaker's <paramref name="name"/> holds a word in lower case that no name holds ("were", "than", "restent"):
    /// words read as a speaker like "Those are grim statistics" or "l'Institut restent pourtant moins sévères" are a clause
    /// the reader ran into, not a name.
    /// </summary>
    public bool IsClause(string name)
    {
        foreach (var word in name.AsSpan().Split(' '))
        {
            if (article.Lexicon.ClauseWords.Contains(name.AsSpan()[word].Trim(",.;:")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name, entity and role of the speaker a source names.</summary>
    public SourceSpeaker Speaker(Mention source) =>
        SourceSpeaker.Of(article.Text, source.Text, source.Start, source.End, article.EntityIndex, article.Lexicon);

    public bool IsHedged(SentenceSpan clause, Figure figure, Mention? source) => modality.IsHedged(clause, figure, source);

    public bool IsReportedWithoutSource(SentenceSpan clause, Figure figure) => modality.IsReportedWithoutSource(clause, figure);

    public Mention? Subject(SentenceSpan clause, Figure figure, Mention? source, out Mention? side) => subjects.Subject(clause, figure, source, out side);

    public Mention? SelfReported(SentenceSpan clause, Mention source) => subjects.SelfReported(clause, source);

    public Mention? Topic(SentenceSpan sentence) => subjects.Topic(sentence, sources);

    public bool OpensWithPronoun(SentenceSpan sentence) => subjects.OpensWithPronoun(sentence);

    public Mention? Location(SentenceSpan clause, Figure? figure, Mention? source, Mention? subject, bool theatreOnly = false) =>
        locations.Location(clause, figure, source, subject, theatreOnly);
}
