using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// A signed change in brackets after a noun ("hospitals (+16,000)", "l'intérim (-14 000)") is that noun's part of the
/// change its clause counts: it counts what the count's name of the clause counts ("employment gains", "job losses",
/// "l'emploi salarié"), past the nouns of the parts. Each row was read by hand.
/// </summary>
public sealed class PartChangeTests
{
    private static readonly FigureExtractor Extractor = new();

    private static Figure FigureAt(string text, string language, string number) =>
        Extractor.Extract(text, language).Single(f => f.Start <= text.IndexOf(number, StringComparison.Ordinal) && text.IndexOf(number, StringComparison.Ordinal) < f.End);

    [Theory]
    [InlineData("en", "Over the month, employment gains occurred in home health care services (+21,000) and hospitals (+11,000).", "21,000", "job")]
    [InlineData("en", "Over the month, employment gains occurred in home health care services (+21,000) and hospitals (+11,000).", "11,000", "job")]
    [InlineData("en", "Employment continued to trend up over the month in nursing and residential care facilities (+7,000).", "7,000", "job")]
    [InlineData("en", "In May, job gains occurred in general merchandise retailers (+12,000) and warehouses (+4,000).", "12,000", "job gain")]
    [InlineData("en", "Job losses continued in the federal government (-9,000), where employment is down since January.", "9,000", "job loss")]
    [InlineData("en", "The economy posted job growth of 205,000 last month.", "205,000", "job")]
    [InlineData("en", "Job growth in construction averaged 12,000 per month last year.", "12,000", "job")]
    [InlineData("fr", "Sur le trimestre, l'emploi salarié a progressé dans l'industrie manufacturière (+12 000) et la construction (+5 000).", "12 000", "emploi")]
    [InlineData("fr", "Sur le trimestre, l'emploi salarié a progressé dans l'industrie manufacturière (+12 000) et la construction (+5 000).", "5 000", "emploi")]
    [InlineData("fr", "Les créations d'emplois ont été les plus nombreuses dans les services aux entreprises (+31 000).", "31 000", "création")]
    [InlineData("fr", "Les pertes d'emplois se concentrent dans l'intérim (-14 000) et le commerce (-3 000).", "14 000", "perte")]
    public void A_bracketed_change_after_a_part_counts_what_its_clause_names(string language, string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, language, number).Counted?.Lemma);
    }

    [Theory]
    [InlineData("en", "Employment rose in the region, where hospitals reported 300 patients (93%) in intensive care.", "300", "patient")]
    [InlineData("en", "Employment rose in health care, and 40 hospitals opened new wings.", "40", "hospital")]
    [InlineData("fr", "L'emploi a progressé, et 12 hôpitaux ont ouvert des services.", "12", "hôpital")]
    public void A_number_that_is_no_bracketed_change_keeps_its_own_noun(string language, string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, language, number).Counted?.Lemma);
    }
}
