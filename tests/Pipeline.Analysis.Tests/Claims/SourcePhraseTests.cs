using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A source is a name or a noun phrase headed by a speaker, whatever way it is found: a phrase a preposition of place or
/// circumstance opens names no one, of two coordinated phrases the first is the source, and a name set after a noun of
/// its kind ("le journal les Echos", "the news agency Xinhua") is the source in its shortest form. A body's role ("the
/// army's top commander") speaks for the body, as "a spokesman for the army" does. A few digits after a capitalised word
/// ("France 24", "Channel 4") belong to the name.
/// </summary>
public sealed class SourcePhraseTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static string? SourceOf(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText).Source;

    [Theory]
    [InlineData("Twelve deaths were reported from across the county with Leeds worst hit.", "Twelve deaths")]
    [InlineData("Forty new cases were reported from within the district near Boston.", "Forty new cases")]
    [InlineData("Nine deaths were reported from throughout the valley with Denver spared.", "Nine deaths")]
    public void A_place_after_the_agent_preposition_is_no_source(string text, string figureText)
    {
        Assert.Null(SourceOf("en", text, figureText));
    }

    [Theory]
    [InlineData("en", "All told, Smith and his fellow forecasters now expect a contraction of 1.9 percent this year.", "1.9 percent", "Smith")]
    [InlineData("en", "The Red Cross and its partners said 3,000 families needed shelter.", "3,000 families", "The Red Cross")]
    [InlineData("en", "Governor Anne Ross and her deputies said 40 homes were destroyed.", "40 homes", "Anne Ross")]
    [InlineData("fr", "La police et les pompiers ont recensé 12 blessés.", "12 blessés", "La police")]
    [InlineData("fr", "Le ministère de la Santé et ses partenaires ont annoncé 300 nouveaux lits.", "300 nouveaux lits", "Le ministère de la Santé")]
    [InlineData("fr", "Selon la Croix-Rouge et les autorités locales, 40 maisons ont été détruites.", "40 maisons", "la Croix-Rouge")]
    public void Of_two_coordinated_speakers_the_first_is_the_source(string language, string text, string figureText, string source)
    {
        Assert.Equal(source, SourceOf(language, text, figureText));
    }

    [Theory]
    [InlineData("fr", "La hausse devrait atteindre 85 euros par an, selon les calculs du journal les Echos.", "85 euros par an", "les Echos")]
    [InlineData("fr", "Selon le quotidien Le Monde, 40 soldats ont été tués.", "40 soldats", "Le Monde")]
    [InlineData("fr", "Quelque 300 familles ont été évacuées, a indiqué l'agence Reuters.", "Quelque 300 familles", "Reuters")]
    [InlineData("en", "According to the news agency Xinhua, 40 people died in the flood.", "40 people", "Xinhua")]
    [InlineData("en", "The newspaper The Guardian reported that 300 jobs were cut.", "300 jobs", "The Guardian")]
    [InlineData("en", "About 12 people were missing, the broadcaster NHK said.", "About 12 people", "NHK")]
    public void A_name_set_after_a_noun_of_its_kind_is_the_source(string language, string text, string figureText, string source)
    {
        Assert.Equal(source, SourceOf(language, text, figureText));
    }

    [Theory]
    [InlineData("The army's top commander said 40 soldiers died in the attack.", "40 soldiers", "The army")]
    [InlineData("Acme Corp's spokesman said 300 jobs were cut.", "300 jobs", "Acme Corp")]
    [InlineData("The Civil Defence Centre sent teams. Some 120 houses collapsed, the centre's duty officer said.", "Some 120 houses", "The Civil Defence Centre")]
    public void A_role_a_body_owns_speaks_for_the_body(string text, string figureText, string source)
    {
        Assert.Equal(source, SourceOf("en", text, figureText));
    }

    [Theory]
    [InlineData("fr", "Kalidou Sy, correspondant de France 24, a évoqué un bilan de 24 morts.", "24 morts", "Kalidou Sy")]
    [InlineData("fr", "Selon France 24, 40 soldats ont été tués.", "40 soldats", "France 24")]
    [InlineData("en", "John Smith, a reporter for Channel 4, said 24 people died.", "24 people", "John Smith")]
    [InlineData("en", "According to BBC Radio 4, 12 people were hurt.", "12 people", "BBC Radio 4")]
    public void A_number_after_a_capitalised_word_belongs_to_the_name(string language, string text, string figureText, string source)
    {
        Assert.Equal(source, SourceOf(language, text, figureText));
    }
}
