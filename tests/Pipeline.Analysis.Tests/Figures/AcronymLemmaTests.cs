using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// An acronym in what a figure counts ("AIDS clinics", "SMS messages", "GPS trackers") is no plural to reduce: its
/// canonical form is the acronym in lower case ("aids clinic", not "aid clinic"). Sentences written for these tests.
/// </summary>
public sealed class AcronymLemmaTests
{
    private static readonly FigureExtractor Extractor = new();

    private static Figure FigureAt(string text, string language, string number) =>
        Extractor.Extract(text, language).Single(f => f.Start <= text.IndexOf(number, StringComparison.Ordinal) && text.IndexOf(number, StringComparison.Ordinal) < f.End);

    [Theory]
    [InlineData("Health workers opened 15 AIDS clinics in the province.", "15", "aids clinic")]
    [InlineData("The campaign sent 300 SMS messages to voters.", "300", "sms message")]
    [InlineData("Police fitted 20 GPS trackers to the stolen cars.", "20", "gps tracker")]
    [InlineData("Rescuers answered 12 SOS calls during the night.", "12", "sos call")]
    public void An_acronym_in_the_counted_thing_keeps_its_final_s(string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, "en", number).Counted?.Lemma);
    }
}
