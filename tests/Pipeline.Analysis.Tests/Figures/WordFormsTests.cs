using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>The word lists generated from WordNet and Dicollecte: which words are nouns or adjectives, and each form's lemma.</summary>
public sealed class WordFormsTests
{
    [Theory]
    [InlineData("en", "howitzers", "howitzer", true)]
    [InlineData("en", "rounds", "round", true)]
    [InlineData("en", "strikes", "strike", true)]
    [InlineData("en", "witnesses", "witness", true)]
    [InlineData("en", "children", "child", true)]
    [InlineData("en", "troops", "troop", true)]
    [InlineData("en", "casualties", "casualty", true)]
    [InlineData("en", "Ukrainians", "ukrainian", true)]
    [InlineData("en", "artillery", "artillery", false)]
    [InlineData("fr", "obusiers", "obusier", true)]
    [InlineData("fr", "chevaux", "cheval", true)]
    [InlineData("fr", "réfugiées", "réfugié", true)]
    [InlineData("fr", "lance-roquettes", "lance-roquettes", false)]
    [InlineData("fr", "pays", "pays", false)]
    [InlineData("fr", "Ukrainiens", "ukrainien", true)]
    public void A_noun_is_read_with_its_lemma(string language, string word, string lemma, bool inflected)
    {
        Assert.True(FigureLexicon.For(language)!.Words.TryRead(word, out var form));

        Assert.True(form.IsNoun);
        Assert.Equal(lemma, form.Lemma);
        Assert.Equal(inflected, form.Inflected);
    }

    [Theory]
    [InlineData("en", "individual")]
    [InlineData("en", "accompanying")]
    [InlineData("en", "recorded")]
    [InlineData("fr", "automoteurs")]
    [InlineData("fr", "américains")]
    public void An_adjective_is_known_as_one(string language, string word)
    {
        Assert.True(FigureLexicon.For(language)!.Words.TryRead(word, out var form));

        Assert.True(form.IsAdjective);
    }

    [Theory]
    [InlineData("home", true)]
    [InlineData("metal", true)]
    [InlineData("rubber", true)]
    [InlineData("individual", false)]
    [InlineData("light", false)]
    public void A_word_mostly_read_as_a_noun_is_a_noun_modifier_and_one_mostly_read_as_an_adjective_is_not(string word, bool modifier)
    {
        Assert.True(FigureLexicon.For("en")!.Words.TryRead(word, out var form));

        Assert.Equal((true, true, modifier), (form.IsNoun, form.IsAdjective, form.IsNounModifier));
    }

    [Theory]
    [InlineData("dengue", true)]
    [InlineData("Ebola", true)]
    [InlineData("cholera", true)]
    [InlineData("case", false)]
    [InlineData("strike", false)]
    public void An_illness_is_known_as_one(string word, bool illness)
    {
        Assert.True(FigureLexicon.For("en")!.Words.TryRead(word, out var form));

        Assert.Equal(illness, form.IsIllness);
    }

    [Theory]
    [InlineData("en", "were")]
    [InlineData("en", "Kiev")]
    [InlineData("fr", "ont")]
    [InlineData("fr", "Kherson")]
    public void Verbs_and_proper_names_are_neither_nouns_nor_adjectives(string language, string word)
    {
        Assert.False(FigureLexicon.For(language)!.Words.TryRead(word, out var form) && (form.IsNoun || form.IsAdjective));
    }

    [Theory]
    [InlineData("fr", "déplacées", "déplacée")]
    [InlineData("fr", "blindés", "blindé")]
    [InlineData("fr", "pays", "pays")]
    public void A_modifier_keeps_its_gender_in_the_singular(string language, string word, string singular)
    {
        Assert.True(FigureLexicon.For(language)!.Words.TrySingular(word, out var found));

        Assert.Equal(singular, found);
    }

    [Theory]
    [InlineData("en", 50_000)]
    [InlineData("fr", 50_000)]
    public void Each_language_ships_a_real_lexicon(string language, int atLeast)
    {
        Assert.True(FigureLexicon.For(language)!.Words.Count >= atLeast);
    }
}
