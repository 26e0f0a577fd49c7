using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// News text the quantity readings (unit symbols, accounting brackets, ranges up to zero, comma-joined number words,
/// named temperatures) must leave as it was: designations, dates, years, ordinals and phone numbers report nothing.
/// </summary>
public sealed class QuantityNewsNegativeTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("Ukraine asked for more F-16 jets and Russia moved Su-35 fighters to Crimea.")]
    [InlineData("The company filed an S-1 with the SEC on Monday.")]
    [InlineData("The attack came on 24 February 2022 at dawn.")]
    [InlineData("Call the hotline on +380 44 123 45 67 for help.")]
    [InlineData("It was the 3rd time in 2023 that the 1990s law was used.")]
    [InlineData("Reach us at (044) 555-0123 during office hours.")]
    [InlineData("Media contact: (202) 691-5902 or the press office.")]
    [InlineData("The summit takes place September 18–22 in Vienna.")]
    [InlineData("FEMA Region 9 Administrator Bob Fenton spoke.")]
    [InlineData("The council recalled Resolution 2231 on Tuesday.")]
    [InlineData("The photograph is published under CC BY 4.0 terms.")]
    [InlineData("The state entered Phase 2 of its reopening plan.")]
    [InlineData("The storm was upgraded to a Category 4 hurricane.")]
    public void News_designations_dates_and_numbers_report_nothing(string text)
    {
        Assert.Empty(Extractor.Extract(text, "en"));
    }

    [Theory]
    [InlineData("en", "The minister was interviewed on France 24 on Monday.")]
    [InlineData("en", "Reporters waited outside 10 Downing Street.")]
    [InlineData("en", "Image 2 of 5: volunteers unload tents.")]
    [InlineData("en", "It was the largest exodus since World War 2.")]
    [InlineData("fr", "Le ministre s'est exprimé sur France 2 dimanche.")]
    [InlineData("fr", "La réunion s'est tenue au 20 avenue de Ségur.")]
    [InlineData("fr", "Photo 2 sur 5 : des bénévoles déchargent des tentes.")]
    [InlineData("en", "Residents in danger should dial 911 at once.")]
    [InlineData("en", "Text FLOOD and your zip code to 43362 for shelter details.")]
    [InlineData("en", "Donors can call 1-800-HELP NOW.")]
    [InlineData("en", "The helpline is open from 7 a.m. to 10 p.m. every day.")]
    [InlineData("fr", "En cas d'urgence, composez le 112.")]
    [InlineData("en", "Stocks on the S&P 500 closed higher.")]
    [InlineData("en", "The FTSE 100 and the Nikkei 225 fell.")]
    [InlineData("en", "The Standard & Poor's 500 index closed at a record.")]
    [InlineData("en", "Shares in the Standard and Poor's 500 fell on Monday.")]
    [InlineData("fr", "L'indice Standard & Poor's 500 a fini en hausse.")]
    [InlineData("en", "They were picked to finish behind Texas in the Big 12.")]
    [InlineData("en", "Many of the Fortune 100 use it.")]
    [InlineData("en", "His layup tied Game 7 in the last minute.")]
    [InlineData("en", "The firm leased Unit 3 last week.")]
    [InlineData("en", "Properties include 358 El Brillo Way, Palm Beach, and 22 Ave Foch, Paris.")]
    public void Broadcasters_addresses_captions_and_wars_named_with_a_number_report_nothing(string language, string text)
    {
        Assert.Empty(Extractor.Extract(text, language));
    }

    [Theory]
    [InlineData("en", "The Standard & Poor's 500 index climbed 29 points.", 29)]
    [InlineData("en", "The Standard and Poor's 500 rose 1.2% on Friday.", 1.2)]
    [InlineData("fr", "L'indice Standard & Poor's 500 a gagné 1,2 %.", 1.2)]
    public void A_stock_index_named_in_full_reports_only_its_move(string language, string text, double value)
    {
        Assert.Equal(value, Assert.Single(Extractor.Extract(text, language)).Value);
    }

    [Theory]
    [InlineData("en", "About 300 Wall Street bankers attended.", 300)]
    [InlineData("fr", "Trois rues ont été fermées.", 3)]
    [InlineData("en", "The ministry will call 3,000 reservists.", 3000)]
    [InlineData("en", "Ceremonies will mark 100 years since the armistice.", 100)]
    [InlineData("en", "The army will call up 300 reservists.", 300)]
    public void A_count_before_a_street_or_of_streets_stays_a_count(string language, string text, double value)
    {
        Assert.Equal(value, Assert.Single(Extractor.Extract(text, language)).Value);
    }

    [Fact]
    public void A_count_list_after_a_comma_keeps_its_own_figures()
    {
        var figures = Extractor.Extract("Russia lost 1,200 tanks, 300 aircraft and two thousand, three hundred drones.", "en");

        Assert.Equal([(1_200.0, "tank"), (300.0, "aircraft"), (2_300.0, "drone")], figures.Select(f => (f.Value!.Value, f.Unit!)));
    }
}
