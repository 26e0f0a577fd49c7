using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// Changes as economic and war reporting states them: a signed number ("+49,000") is a figure with its sign, and after a
/// verb of change "from X to Y" tells an old and a new value, two figures, not a range.
/// </summary>
public sealed class ChangeTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "Payroll employment changed little (+49,000) in January.", "+49,000", 49_000)]
    [InlineData("en", "Retail lost jobs (-38,000) over the month.", "-38,000", -38_000)]
    [InlineData("fr", "L'indice a progressé de +3,5 % sur un an.", "+3,5 %", 3.5)]
    [InlineData("fr", "Les décès ont augmenté (+429 par rapport à samedi, contre +54 à l'hôpital).", "+429", 429)]
    [InlineData("fr", "Le bilan s'alourdit encore : +312 décès en une semaine.", "+312 décès", 312)]
    [InlineData("en", "Deaths rose sharply (+429 from Saturday, against +54 in hospitals).", "+429", 429)]
    [InlineData("en", "Cases climbed again: +812 cases in a week.", "+812 cases", 812)]
    public void A_signed_change_keeps_its_sign(string language, string text, string surface, double value)
    {
        var figure = Extractor.Extract(text, language)[0];

        Assert.Equal((surface, value), (figure.Text, figure.Value!.Value));
    }

    [Theory]
    [InlineData("en", "December was revised down by 72,000, from +336,000 to +264,000.", new[] { 72_000.0, 336_000, 264_000 })]
    [InlineData("en", "Unemployment rose from 5 percent to 7 percent.", new[] { 5.0, 7 })]
    [InlineData("fr", "Le nombre de réfugiés est passé de 200 à 300 en un mois.", new[] { 200.0, 300 })]
    [InlineData("fr", "Le taux a grimpé de 4 % à 6 %.", new[] { 4.0, 6 })]
    [InlineData("fr", "Le chômage devrait connaître une hausse très faible, de 3,6 % à 3,9 %.", new[] { 3.6, 3.9 })]
    public void After_a_verb_of_change_from_and_to_give_two_values(string language, string text, double[] values)
    {
        Assert.Equal(values, Extractor.Extract(text, language).Select(f => f.Value!.Value));
    }

    [Theory]
    [InlineData("en", "The estimate was revised up by 12,000 to 150,000.", new[] { 12_000.0, 150_000 })]
    [InlineData("en", "Unemployment rose by 0.2 to 4.5 percent in March.", new[] { 0.2, 4.5 })]
    [InlineData("en", "The toll climbed by 40 to 310 on Sunday.", new[] { 40.0, 310 })]
    [InlineData("en", "Initial claims rose 5,000 to 220,000 last week.", new[] { 5_000.0, 220_000 })]
    [InlineData("en", "Jobless claims fell 7,000 to a seasonally adjusted 340,000.", new[] { 7_000.0, 340_000 })]
    [InlineData("en", "Payrolls increased 12,000 to 150,000 in May.", new[] { 12_000.0, 150_000 })]
    [InlineData("fr", "Les inscriptions ont progressé de 5 000 à 220 000 en un mois.", new[] { 5_000.0, 220_000 })]
    public void After_a_verb_of_change_by_and_to_give_the_change_and_the_level_it_reaches(string language, string text, double[] values)
    {
        Assert.Equal(values, Extractor.Extract(text, language).Select(f => f.Value!.Value));
    }

    [Theory]
    [InlineData("en", "Vodafone was down 8.1p to 154.65p at the close.", new[] { 8.1, 154.65 })]
    [InlineData("en", "Easyjet was up 19.5p to 314.75p.", new[] { 19.5, 314.75 })]
    [InlineData("en", "HBOS lost 11.25p to 340.5p after the cash call.", new[] { 11.25, 340.5 })]
    [InlineData("en", "Shell gained 45p to 2,267p, while ITV slid 1.8p to 129.9p.", new[] { 45.0, 2_267, 1.8, 129.9 })]
    [InlineData("en", "Evraz was off 9.7p to 251p and Sainsbury's ahead 8.8p to 358p.", new[] { 9.7, 251, 8.8, 358 })]
    [InlineData("fr", "Le titre a cédé 2,5 euros à 40 euros.", new[] { 2.5, 40 })]
    [InlineData("fr", "Vivendi a perdu 1,2 euro à 25,3 euros et Renault a abandonné 3 euros à 60 euros.", new[] { 1.2, 25.3, 3, 60 })]
    [InlineData("fr", "Le titre Orange a gagné 0,8 euro à 10,5 euros.", new[] { 0.8, 10.5 })]
    public void After_a_market_move_to_gives_the_new_price(string language, string text, double[] values)
    {
        Assert.Equal(values, Extractor.Extract(text, language).Select(f => f.Value!.Value));
    }

    [Theory]
    [InlineData("en", "Analysts expect prices up 2 to 3 percent next year.", 2, 3)]
    [InlineData("en", "The party gained 3 to 5 seats in the vote.", 3, 5)]
    [InlineData("en", "The army lost 20 to 30 tanks in the offensive.", 20, 30)]
    [InlineData("fr", "L'armée a perdu 20 à 30 chars dans l'offensive.", 20, 30)]
    [InlineData("fr", "Le parti a gagné 3 à 5 sièges.", 3, 5)]
    [InlineData("en", "Vodafone paid 8 to 10 dollars a share.", 8, 10)]
    [InlineData("fr", "Le titre a coûté 2 euros à 3 euros selon les jours.", 2, 3)]
    public void After_a_market_move_close_amounts_or_no_move_bound_one_range(string language, string text, double low, double high)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((low, high), (figure.Low!.Value, figure.High!.Value));
    }

    [Theory]
    [InlineData("en", "Prices rose by 2 to 3 percent last year.", 2, 3)]
    [InlineData("en", "Output fell by 10 to 15 percent in the region.", 10, 15)]
    [InlineData("en", "Sales grew by 2 to 3 million units.", 2_000_000, 3_000_000)]
    [InlineData("en", "Prices rose 2 to 3 percent last year.", 2, 3)]
    [InlineData("en", "The company cut 500 to 1,000 jobs.", 500, 1_000)]
    public void After_a_verb_of_change_by_and_to_between_close_amounts_bound_one_range(string language, string text, double low, double high)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((low, high), (figure.Low!.Value, figure.High!.Value));
    }

    [Theory]
    [InlineData("en", "The army fielded from 60 to 83 battalion tactical groups.", 60, 83)]
    [InlineData("fr", "Les estimations vont de 15 000 à 20 000 soldats.", 15_000, 20_000)]
    public void Without_a_verb_of_change_from_and_to_bound_one_range(string language, string text, double low, double high)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((low, high), (figure.Low!.Value, figure.High!.Value));
    }

    [Theory]
    [InlineData("en", "Call +33 1 23 45 67 89 for details.")]
    [InlineData("en", "The hotline is +380 44 123 45 67.")]
    [InlineData("fr", "Appelez le +33 1 23 45 67 89 pour tout renseignement.")]
    [InlineData("en", "Call +44 20 7946 0958 for help.")]
    [InlineData("fr", "Le standard répond au +41 22 917 12 34 en semaine.")]
    public void A_plus_before_a_phone_number_is_no_change(string language, string text)
    {
        Assert.Empty(Extractor.Extract(text, language));
    }

    [Theory]
    [InlineData("en", "Arrests climbed from 120 to 310 last year.", "310", "arrest")]
    [InlineData("en", "Registered voters fell from 4.1 million to 3.8 million.", "3.8", "voter")]
    [InlineData("en", "Reported thefts rose by 450 over the summer.", "450", "theft")]
    [InlineData("fr", "Le nombre de blessés est passé de 40 à 95 dans la nuit.", "95", "blessé")]
    [InlineData("fr", "Les arrestations sont passées de 120 à 310 en un an.", "120", "arrestation")]
    [InlineData("fr", "Les arrestations sont passées de 120 à 310 en un an.", "310", "arrestation")]
    [InlineData("fr", "Les plaintes ont augmenté de 450 cet été.", "450", "plainte")]
    [InlineData("en", "Jobless claims fell 7,000 to 340,000 last week.", "7,000", "claim")]
    [InlineData("en", "Jobless claims fell 7,000 to 340,000 last week.", "340,000", "claim")]
    [InlineData("en", "Weekly applications dropped 12,000 last week.", "12,000", "application")]
    [InlineData("en", "Registered voters declined 4,000 over the year.", "4,000", "voter")]
    [InlineData("fr", "Les plaintes ont reculé de 450 cet été.", "450", "plainte")]
    public void A_change_of_a_count_counts_what_the_count_counts_in_its_old_and_new_values(string language, string text, string number, string lemma)
    {
        var at = text.IndexOf(number, StringComparison.Ordinal);
        var figure = Assert.Single(Extractor.Extract(text, language), f => f.Start <= at && at < f.End);

        Assert.Equal(lemma, figure.Counted?.Lemma);
    }
}
