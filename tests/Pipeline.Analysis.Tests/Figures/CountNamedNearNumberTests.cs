using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// What a number with no noun after it counts, when the sentence names it otherwise: a count's name before the number
/// ("the death toll has risen to 89", "the number of registered voters was"), or just after it ("le nombre de
/// personnes déplacées"), or a link to the noun ("1,524 were children", "50 de ces pièces"). Each row was read by hand.
/// </summary>
public sealed class CountNamedNearNumberTests
{
    private static readonly FigureExtractor Extractor = new();

    private static Figure FigureAt(string text, string language, string number) =>
        Extractor.Extract(text, language).Single(f => f.Start <= text.IndexOf(number, StringComparison.Ordinal) && text.IndexOf(number, StringComparison.Ordinal) < f.End);

    [Theory]
    [InlineData("en", "The death toll has risen to 89, with more than 700 people injured.", "89", "death", "killed", FigureCategory.Casualties)]
    [InlineData("en", "Gaza Death Toll Reaches 2,670, Health Ministry Says", "2,670", "death", "killed", FigureCategory.Casualties)]
    [InlineData("en", "The number of registered voters was reported to be 56 949 009.", "56 949 009", "voter", null, FigureCategory.Count)]
    [InlineData("en", "The total number of refugees stood at 8.3 million on Friday.", "8.3", "refugee", "refugee", FigureCategory.Displaced)]
    [InlineData("fr", "L'OIM évalue à 7,1 millions le nombre de personnes déplacées.", "7,1", "personne déplacée", "displaced person", FigureCategory.Displaced)]
    [InlineData("fr", "Le nombre de réfugiés a atteint 5 millions.", "5", "réfugié", "refugee", FigureCategory.Displaced)]
    [InlineData("en", "Death toll at 89 after central Chinese earthquake", "89", "death", "killed", FigureCategory.Casualties)]
    [InlineData("en", "The quake measured magnitude 6.1, the USGS said.", "6.1", "magnitude", null, FigureCategory.Count)]
    [InlineData("fr", "Un puissant séisme de magnitude 7,5 a secoué lundi l'Asie du Sud.", "7,5", "magnitude", null, FigureCategory.Count)]
    [InlineData("en", "That puts the casualty figure, for both armies combined, at nearly 500,000.", "500,000", "casualty", "casualty", FigureCategory.Casualties)]
    [InlineData("en", "Analysts put the number of troops massed near the border — in the north and the east — at some 90,000.", "90,000", "troop", "soldier", FigureCategory.Personnel)]
    [InlineData("en", "The three villages have a combined population of about 4,000.", "4,000", "population", "person", FigureCategory.Count)]
    [InlineData("fr", "L'île compte une population de quelque 30 000.", "30 000", "population", "person", FigureCategory.Count)]
    [InlineData("en", "Nonfarm payroll employment rose sharply (+210,000) in March.", "210,000", "job", "job", FigureCategory.Count)]
    [InlineData("en", "Payrolls grew by 180,000 last month, the department said.", "180,000", "payroll", "job", FigureCategory.Count)]
    [InlineData("fr", "Le nombre des décès est passé à 5.689, selon le ministère.", "5.689", "décès", "killed", FigureCategory.Casualties)]
    [InlineData("fr", "Le nombre d'enfants scolarisés a atteint 120 000 en mars.", "120 000", "enfant", "child", FigureCategory.Count)]
    [InlineData("fr", "Le nombre total des réfugiés s'élève à 2,1 millions.", "2,1", "réfugié", "refugee", FigureCategory.Displaced)]
    public void A_count_named_near_its_number_says_what_it_counts(
        string language, string text, string number, string lemma, string? unit, FigureCategory category)
    {
        var figure = FigureAt(text, language, number);

        Assert.Equal(lemma, figure.Counted?.Lemma);
        Assert.Equal(unit, figure.Unit);
        Assert.Equal(category, figure.Category);
    }

    [Theory]
    [InlineData("Nonfarm payrolls rose by 210,000 in March, the department said.", "210,000")]
    [InlineData("Analysts expected the change in nonfarm payrolls to be 150,000.", "150,000")]
    [InlineData("The report showed nonfarm payrolls up by 95,000 after revisions.", "95,000")]
    public void The_longest_count_name_before_a_number_is_read_whole(string text, string number)
    {
        var figure = FigureAt(text, "en", number);

        Assert.Equal(("nonfarm payroll", "job"), (figure.Counted?.Lemma, figure.Unit));
    }

    [Theory]
    [InlineData("en", "Of the total death toll, 1,524 were children and 1,000 were women.", "1,524", "child")]
    [InlineData("en", "Of the total death toll, 1,524 were children and 1,000 were women.", "1,000", "woman")]
    [InlineData("fr", "Il y aura bientôt près de 50 de ces pièces d'artillerie en Ukraine.", "50", "pièce d'artillerie")]
    [InlineData("fr", "Sur les victimes, 1 524 étaient des enfants.", "1 524", "enfant")]
    [InlineData("fr", "Au total, un peu plus de 2.825.463 de réfugiés sont présents dans ce pays.", "2.825.463", "réfugié")]
    [InlineData("en", "The median estimate called for a 225,000 increase in payrolls.", "225,000", "payroll")]
    [InlineData("en", "The city recorded a 300 rise in burglaries last year.", "300", "burglary")]
    [InlineData("en", "Police reported a 40 drop in arrests over the summer.", "40", "arrest")]
    [InlineData("en", "Nonfarm payrolls increased 311,000 after a 504,000 advance in January.", "504,000", "nonfarm payroll")]
    [InlineData("en", "Employers added 200,000 jobs in June, a 20,000 gain over May.", "20,000", "job")]
    [InlineData("en", "Employers added 171,000 people to their payrolls, more than the 125,000 forecast by economists.", "125,000", "people")]
    [InlineData("en", "Payrolls rose 200,000, above the 180,000 estimate of economists.", "180,000", "payroll")]
    [InlineData("en", "The plant made 3,000 cars, short of the 3,500 projection.", "3,500", "car")]
    [InlineData("fr", "Les employeurs ont créé 171 000 emplois, plus que les 125 000 prévus par les économistes.", "125 000", "emploi")]
    [InlineData("fr", "Les employeurs ont créé 200 000 emplois, soit une hausse de 20 000 sur un mois.", "20 000", "emploi")]
    [InlineData("fr", "La ville a enregistré une hausse de 300 cambriolages l'an dernier.", "300", "cambriolage")]
    public void A_number_linked_to_a_plural_noun_counts_it(string language, string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, language, number).Counted?.Lemma);
    }

    [Theory]
    // A count's name too far from the number names what another clause counts.
    [InlineData("en", "The death toll is unknown and rescuers searching the rubble on Monday found 12.", "12")]
    // A link to a singular noun: "cast" is the verb here.
    [InlineData("en", "In the end, 5,000 were cast by mail.", "5,000")]
    // A change named after its number counts what changed, never the change: "a 300 rise in March" names no count.
    [InlineData("en", "The city recorded a 300 rise in March.", "300")]
    public void A_number_with_no_noun_near_it_counts_nothing_named(string language, string text, string number)
    {
        Assert.Null(FigureAt(text, language, number).Counted);
    }

    [Theory]
    // "dans" is no plural of "dan": the number counts the deaths listed before it.
    [InlineData("Dans ce pays, le bilan atteignait 63 morts, dont trente dans le Kunar.", "trente", "mort")]
    [InlineData("Le bilan atteignait 63 morts, dont deux sous les décombres.", "deux", "mort")]
    public void A_french_preposition_is_never_what_a_number_counts(string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, "fr", number).Counted?.Lemma);
    }

    [Theory]
    [InlineData("en", "The death toll has risen to 89, with more than 700 people injured and five others still missing.", "five", "missing")]
    [InlineData("en", "In Minxian county 87 people were killed and 515 were injured, 60 of them seriously.", "60", "wounded")]
    [InlineData("en", "In Minxian county 87 people were killed and 515 were injured.", "515", "wounded")]
    [InlineData("en", "An estimated 120 others, including children, were captured by Hamas.", "120", "captured")]
    [InlineData("fr", "Au moins 120 autres, dont des enfants, ont été tués lundi.", "120", "killed")]
    public void People_counted_again_meet_their_own_fate(string language, string text, string number, string unit)
    {
        Assert.Equal(unit, FigureAt(text, language, number).Unit);
    }

    [Theory]
    [InlineData("Selon l'OIM, environ 215.000 non-Ukrainiens ont également fui le pays.", "215.000", "non-Ukrainiens", "non-ukrainien")]
    [InlineData("L'armée a rappelé 3 000 ex-militaires.", "3 000", "ex-militaires", "ex-militaire")]
    public void A_french_compound_unknown_to_the_word_list_counts_its_last_noun_with_its_prefix(string text, string number, string counted, string lemma)
    {
        var figure = FigureAt(text, "fr", number);

        Assert.Equal(counted, figure.Counted?.Text);
        Assert.Equal(lemma, figure.Counted?.Lemma);
    }

    [Theory]
    [InlineData("en", "Economists estimated job losses of 548,400 per month.", "548,400", "job loss")]
    [InlineData("en", "A crowd of 20,000 gathered in the square on Sunday.", "20,000", "crowd")]
    [InlineData("en", "The town kept a garrison of 3,000 in the north.", "3,000", "garrison")]
    [InlineData("fr", "La police a mobilisé des effectifs de 20 000 dans la capitale.", "20 000", "effectif")]
    [InlineData("fr", "Le pays a subi des pertes d'emplois de 548 400 en un an.", "548 400", "perte")]
    public void A_number_with_no_noun_after_a_noun_and_of_counts_that_noun(string language, string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, language, number).Counted?.Lemma);
    }

    [Theory]
    [InlineData("en", "The army has a total of 300 in reserve.", "300")]
    [InlineData("en", "Prices showed an increase of 12 over the year.", "12")]
    [InlineData("fr", "On observe une hausse de 12 sur un an.", "12")]
    [InlineData("fr", "Le club vise un maximum de 40 cette saison.", "40")]
    [InlineData("en", "The brothers have a net worth of 1.356 billion, the list showed.", "1.356")]
    [InlineData("en", "The cells reach a current density of 1.3 A/cm2 at most.", "1.3")]
    public void A_noun_that_only_frames_a_value_before_of_is_not_what_the_number_counts(string language, string text, string number)
    {
        Assert.Null(FigureAt(text, language, number).Counted);
    }

    [Theory]
    [InlineData("fr", "Ils ont déployé 300 soldats environ à la frontière.", "300", "300 soldats environ")]
    [InlineData("fr", "La brigade aligne un effectif de 400 environ.", "400", "400 environ")]
    [InlineData("en", "They sent 300 troops or so to the border.", "300", "300 troops or so")]
    public void A_hedge_after_the_number_or_what_it_counts_makes_it_approximate(string language, string text, string number, string span)
    {
        var figure = FigureAt(text, language, number);

        Assert.True(figure.Approximate);
        Assert.Equal(span, text[figure.Start..figure.End]);
        Assert.Null(figure.Low);
    }

    [Theory]
    [InlineData("Le VLT est composé de 4 immenses télescopes.", "4", "télescope")]
    [InlineData("L'armée a reçu 12 puissants missiles.", "12", "missile")]
    [InlineData("On a retrouvé 3 vastes entrepôts abandonnés.", "3", "entrepôt")]
    public void A_french_adjective_before_its_noun_is_read_past(string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, "fr", number).Counted?.Lemma);
    }

    [Theory]
    [InlineData("A 6.5 magnitude earthquake struck east of the city on Thursday.", "6.5", "magnitude")]
    [InlineData("The 40 member delegation reported back on Monday.", "40", "member")]
    [InlineData("Some 300 aid convoy trucks united at the border crossing.", "300", "aid convoy truck")]
    public void A_verb_past_form_after_the_head_ends_what_is_counted(string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, "en", number).Counted?.Lemma);
    }

    [Theory]
    [InlineData("en", "The new infections were 340 on Sunday, the ministry said.", "340", "infection")]
    [InlineData("en", "Registered voters in the province now stand at 2.1 million.", "2.1", "voter")]
    [InlineData("en", "Last year the arrests totalled 1,450.", "1,450", "arrest")]
    [InlineData("en", "According to the agency, asylum claims rose to 8,200 in March.", "8,200", "asylum claim")]
    [InlineData("fr", "Les nouveaux décès sont au nombre de 14, selon le ministère.", "14", "décès")]
    [InlineData("fr", "Les demandes d'asile s'élèvent désormais à 8 200.", "8 200", "demande")]
    [InlineData("fr", "Selon la préfecture, les interpellations atteignent 320.", "320", "interpellation")]
    [InlineData("fr", "Les cas confirmés se chiffrent à 15 200 depuis mars.", "15 200", "cas")]
    public void A_number_a_verb_states_of_a_plural_subject_counts_the_subject(string language, string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, language, number).Counted?.Lemma);
    }

    [Theory]
    [InlineData("en", "Confirmed cases and deaths are 15,200 and 310 respectively.", "15,200", "case")]
    [InlineData("en", "Confirmed cases and deaths are 15,200 and 310 respectively.", "310", "death")]
    [InlineData("en", "The number of arrests and convictions rose to 420 and 75, respectively.", "75", "conviction")]
    [InlineData("en", "Evacuations, injuries and deaths stood at 9,000, 120 and 14 respectively.", "9,000", "evacuation")]
    [InlineData("en", "Evacuations, injuries and deaths stood at 9,000, 120 and 14 respectively.", "120", "injury")]
    [InlineData("en", "Evacuations, injuries and deaths stood at 9,000, 120 and 14 respectively.", "14", "death")]
    [InlineData("fr", "Les cas et les décès s'élèvent respectivement à 15 200 et 310.", "310", "décès")]
    [InlineData("fr", "Les arrestations et les condamnations sont respectivement de 420 et 75.", "420", "arrestation")]
    [InlineData("fr", "Les arrestations et les condamnations sont respectivement de 420 et 75.", "75", "condamnation")]
    [InlineData("fr", "Les blessés et les morts atteignent 120 et 14 respectivement.", "14", "mort")]
    public void With_respectively_each_number_counts_its_own_noun_of_the_subject(string language, string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, language, number).Counted?.Lemma);
    }

    [Theory]
    // A singular subject is no count; a subject that only frames a value ("rates", "taux") counts nothing.
    [InlineData("en", "The score was 3 at half time.", "3")]
    [InlineData("en", "His age is 45.", "45")]
    [InlineData("en", "Interest rates stood at 5 in May.", "5")]
    [InlineData("fr", "Le taux est de 5 en mai.", "5")]
    [InlineData("fr", "Les taux sont de 5 en mai.", "5")]
    public void A_number_a_verb_states_of_no_plural_count_counts_nothing_named(string language, string text, string number)
    {
        Assert.Null(FigureAt(text, language, number).Counted);
    }

    [Theory]
    [InlineData("en", "The count put registered voters at 3.2 million.", "3.2", "voter")]
    [InlineData("en", "Two more bodies were found, bringing confirmed deaths to 41.", "41", "death")]
    [InlineData("en", "The strike brought civilian casualties to 230.", "230", "casualty")]
    [InlineData("en", "The bill would raise annual admissions to 125,000.", "125,000", "admission")]
    [InlineData("fr", "Deux corps ont été retrouvés, ce qui porte les décès à 41.", "41", "décès")]
    [InlineData("fr", "La campagne a porté les adhésions à 12 000.", "12 000", "adhésion")]
    [InlineData("fr", "Le beau temps a poussé les embauches au-dessus de 200 000.", "200 000", "embauche")]
    [InlineData("fr", "Cette décision ramène les effectifs à 3 000.", "3 000", "effectif")]
    public void A_number_a_verb_brings_its_plural_object_to_counts_the_object(string language, string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, language, number).Counted?.Lemma);
    }

    [Theory]
    // An object that only frames a value ("the total", "prices") counts nothing.
    [InlineData("en", "Officials put the total at 300.", "300")]
    [InlineData("en", "The pay rise pushed prices to 300.", "300")]
    [InlineData("fr", "La réforme a porté le total à 300.", "300")]
    // A figure with no count before it counts nothing named.
    [InlineData("en", "Analysts put the figure at 40.", "40")]
    [InlineData("fr", "Les analystes ont évalué ce chiffre à 40.", "40")]
    public void A_number_a_verb_brings_a_value_to_counts_nothing_named(string language, string text, string number)
    {
        Assert.Null(FigureAt(text, language, number).Counted);
    }

    [Theory]
    [InlineData("en", "The army reported 40 arrests on Sunday; rights groups put the number at 65.", "65", "arrest")]
    [InlineData("en", "Officials confirmed 14 burglaries this summer, but residents put the number at twenty.", "twenty", "burglary")]
    [InlineData("fr", "L'armée a annoncé 25 morts, mais un élu local a évalué leur nombre à huit.", "huit", "mort")]
    [InlineData("fr", "La police a compté 3 000 manifestants, mais les organisateurs estiment leur nombre à 10 000.", "10 000", "manifestant")]
    [InlineData("fr", "La préfecture a recensé 40 interpellations ; les associations évaluent leur nombre à 65.", "65", "interpellation")]
    [InlineData("fr", "Près de 50 « cas graves » ont été admis en réanimation – un chiffre qui s'élève à 1724 depuis le 1er novembre.", "1724", "cas")]
    [InlineData("fr", "L'armée a annoncé 25 morts, mais un élu local a évalué ce chiffre à 40.", "40", "mort")]
    [InlineData("en", "The army said 25 rebels died, but a local official put the figure at 40.", "40", "rebel")]
    [InlineData("en", "Hospitals admitted 120 patients on Monday, a figure that rose to 310 by Friday.", "310", "patient")]
    // "The toll" alone is the death toll.
    [InlineData("en", "With the bodies discovered today, the toll across the area rose to 500, the governor said.", "500", "death")]
    [InlineData("en", "The toll stood at 87 on Monday.", "87", "death")]
    public void A_count_name_with_no_noun_of_its_own_counts_what_the_figure_before_it_counts(string language, string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, language, number).Counted?.Lemma);
    }

    [Fact]
    public void A_toll_that_is_a_road_is_no_death_toll()
    {
        Assert.Equal("lane", FigureAt("The toll road was widened to 12 lanes.", "en", "12").Counted?.Lemma);
    }

    [Theory]
    // "rose" is a noun too: the verb of change ends what the count's name names.
    [InlineData("The number of dead rose to 73 within hours.", "73", "dead")]
    [InlineData("The number of sick fell to 12 by Friday.", "12", "sick")]
    public void A_verb_of_change_after_a_count_name_is_not_what_it_counts(string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, "en", number).Counted?.Lemma);
    }
}
