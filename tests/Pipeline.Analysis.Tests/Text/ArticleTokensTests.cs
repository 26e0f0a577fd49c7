using Pipeline.Analysis.Claims;
using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Tests.Duplicates;
using Pipeline.Analysis.Text;
using Xunit;

namespace Pipeline.Analysis.Tests.Text;

public class ArticleTokensTests
{
    public static TheoryData<string, string> Texts => new()
    {
        { "fr", Seeds.Read("001") },
        { "fr", Seeds.Read("004") },
        // Words kept apart by their accents for figures ("livrés" is not "livres"), elision, a word longer than any known.
        { "fr", "Les 14 chars livrés par l'Allemagne coûtent 20 livres ; LIVRÉS hier, d'après l'anticonstitutionnellementanticonstitutionnellement ministère." },
        // Possessives, which the claims stage splits off its own list.
        { "en", "Russia's army has lost 1,800 tanks, Ukraine's defence ministry said on Tuesday, up 12% from March's count." },
        { "en", "" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void One_reading_gives_each_stage_the_tokens_its_own_tokenization_gives(string language, string text)
    {
        var shared = ArticleTokens.Read(text, language);

        Assert.NotNull(shared);
        Assert.Equal(Tokens(text, FigureLexicon.For(language)!.Vocabulary), shared.ForFigures);
        Assert.Equal(Tokens(text, ClaimLexicon.For(language)!.Vocabulary), shared.ForClaims);
        Assert.True(text.Length == 0 || shared.ForFigures.Exists(t => t.Id >= 0) && shared.ForClaims.Exists(t => t.Id >= 0));
    }

    [Fact]
    public void A_language_without_lexicons_is_read_by_neither_stage() => Assert.Null(ArticleTokens.Read("Dies ist ein Text.", "de"));

    [Fact]
    public void The_analyzer_gives_the_claims_each_stage_gives_alone()
    {
        var text = Seeds.Read("001") + "\n\n" + Seeds.Read("003");
        var analysis = new ArticleAnalyzer().Analyze(text, "fr", "2023-02");
        var figures = new FigureExtractor().Extract(text, "fr", analysis.Entities);
        var claims = new ClaimExtractor().Extract(text, "fr", figures, analysis.Entities, "2023-02");

        Assert.NotEmpty(analysis.Claims);
        Assert.Equal(figures, analysis.Figures);
        Assert.Equal(claims, analysis.Claims);
    }

    private static List<Token> Tokens(string text, Vocabulary vocabulary)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, vocabulary, tokens);
        return tokens;
    }
}
