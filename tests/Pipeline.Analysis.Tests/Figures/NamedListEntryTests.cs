using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// A results list whose entries are named by a name ("Moussa KEITA : 22.117") counts what the list counted last
/// ("Suffrages exprimés : 3.129.742"), across its labelled lines; a line that is no entry of the list ends it. Lists
/// written for these tests.
/// </summary>
public sealed class NamedListEntryTests
{
    [Theory]
    [InlineData("fr", "Suffrages exprimés : 3.129.742\nTaux de participation : 54,63%\nOnt obtenu :\nMoussa KEITA : 2.618.229 soit 83,66%\nAwa Traoré : 22.117 soit 0,71%", "22.117", "suffrage")]
    [InlineData("en", "Ballots cast: 120,000\nJohn SMITH: 60,000\nJane Doe: 40,000", "40,000", "ballot")]
    public void A_named_entry_counts_what_the_list_counted(string language, string text, string number, string lemma)
    {
        var at = text.IndexOf(number, StringComparison.Ordinal);

        Assert.Equal(lemma, ArticleFigures.Of(text, language).Single(f => f.Start <= at && at < f.End).Counted?.Lemma);
    }

    [Fact]
    public void A_line_that_is_no_entry_ends_the_list()
    {
        const string text = "Suffrages exprimés : 3.129.742\nLa ville compte 300 écoles.\nAwa Traoré : 22.117";
        var at = text.IndexOf("22.117", StringComparison.Ordinal);

        Assert.Null(ArticleFigures.Of(text, "fr").Single(f => f.Start <= at && at < f.End).Counted);
    }
}
