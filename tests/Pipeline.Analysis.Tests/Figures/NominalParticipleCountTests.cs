using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// A past participle right after a number, closing its entry of a list or its clause, stands for the people it describes
/// and is what the number counts ("708 ill, 171 hospitalized and 4 dead", "12 évacués et 45 hospitalisés"), as "4 dead"
/// and "30 blessés" already were; the word lists hold nouns and adjectives only, so most such participles are read by
/// their ending. The guidelines (tools/news-set/README.md, "What is counted"): the counted thing as written; evacuated
/// people are displaced. Each row was read by hand.
/// </summary>
public sealed class NominalParticipleCountTests
{
    private static readonly FigureExtractor Extractor = new();

    private static Figure FigureAt(string text, string language, string number) =>
        Extractor.Extract(text, language).Single(f => f.Start <= text.IndexOf(number, StringComparison.Ordinal) && text.IndexOf(number, StringComparison.Ordinal) < f.End);

    [Theory]
    [InlineData("en", "Officials counted 708 ill, 171 hospitalized and 4 dead.", "171", "hospitalized")]
    [InlineData("en", "The storm left 300 displaced and 45 hospitalized.", "45", "hospitalized")]
    [InlineData("en", "The storm left 300 displaced and 45 hospitalized.", "300", "displaced")]
    [InlineData("en", "By Sunday there were 12 evacuated, 3 injured and 1 dead.", "12", "evacuated")]
    [InlineData("en", "The outbreak has left 40 infected and 12 hospitalised.", "12", "hospitalised")]
    [InlineData("en", "The fire at the plant left 45 hospitalized.", "45", "hospitalized")]
    [InlineData("fr", "On compte 12 évacués et 45 hospitalisés.", "12", "évacué")]
    [InlineData("fr", "On compte 12 évacués et 45 hospitalisés.", "45", "hospitalisé")]
    [InlineData("fr", "Le bilan fait état de 2 morts et 5 hospitalisés.", "5", "hospitalisé")]
    [InlineData("fr", "L'incendie a fait 40 relogés, 3 blessés et un mort.", "40", "relogé")]
    [InlineData("fr", "On compte 12 évacués et 30 blessés.", "12", "évacué")]
    public void A_participle_closing_a_count_is_what_it_counts(string language, string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, language, number).Counted?.Lemma);
    }

    [Theory]
    [InlineData("en", "The storm left 300 displaced and 45 hospitalized.", "300")]
    [InlineData("en", "By Sunday there were 12 evacuated, 3 injured and 1 dead.", "12")]
    [InlineData("fr", "On compte 12 évacués et 45 hospitalisés.", "12")]
    public void Displaced_and_evacuated_people_are_displaced(string language, string text, string number)
    {
        Assert.Equal(FigureCategory.Displaced, FigureAt(text, language, number).Category);
    }

    [Theory]
    [InlineData("en", "Employment rose by 150,000 compared with 100,000 a month earlier.", "150,000", "job")]
    [InlineData("en", "More than 300 affected villages were flooded.", "300", "village")]
    [InlineData("en", "The outbreak reached 960 cases, including 895 confirmed and 65 probable.", "895", "case")]
    [InlineData("fr", "Le cumul des cas est de 960, dont 895 confirmés et 65 probables.", "895", "cas")]
    [InlineData("fr", "Au total, il y a eu 603 décès (538 confirmés et 65 probables).", "538", "décès")]
    [InlineData("en", "In total, there were 1449 deaths (1355 confirmed and 94 probable).", "1355", "death")]
    [InlineData("en", "Perhaps 20 patients, out of 300 tested, could carry the strain.", "300", "patient")]
    [InlineData("fr", "Quelque 20 patients, sur 300 testés, seraient porteurs.", "300", "patient")]
    [InlineData("fr", "Le ministère recense 12 confirmés et 30 cas suspects.", "12", "cas")]
    [InlineData("fr", "Le ministère recense 12 confirmés et 30 cas suspectés.", "12", "cas")]
    // The count before names the things by a noun alone: the participle says what became of them, and they stay counted.
    [InlineData("en", "The army had lost 300 tanks by March, 120 destroyed and 180 captured.", "120", "tank")]
    [InlineData("en", "The plant built 2,000 cars last year, 1,500 exported.", "1,500", "car")]
    [InlineData("fr", "L'armée a perdu 300 chars, 120 détruits et 180 capturés.", "120", "char")]
    [InlineData("fr", "L'usine a construit 2 000 voitures l'an dernier, 1 500 exportées.", "1 500", "voiture")]
    public void A_participle_that_describes_a_noun_named_elsewhere_leaves_it_counted(string language, string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, language, number).Counted?.Lemma);
    }

    [Theory]
    [InlineData("en", "Prices rose 300 compared with a year earlier.", "300")]
    [InlineData("fr", "Le score est passé à 300 comparé à l'an dernier.", "300")]
    public void A_participle_that_opens_a_clause_counts_nothing(string language, string text, string number)
    {
        Assert.Null(FigureAt(text, language, number).Counted);
    }
}
