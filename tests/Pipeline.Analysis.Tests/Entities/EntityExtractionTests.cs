using Pipeline.Analysis.Entities;
using Xunit;

namespace Pipeline.Analysis.Tests.Entities;

public sealed class EntityExtractionTests
{
    private readonly EntityExtractor extractor = new();

    private EntityMention Single(string text, string surface, string language = "fr") =>
        Assert.Single(extractor.Extract(text, language), m => m.Text == surface);

    [Theory]
    [InlineData("Le discours de Zelensky a été applaudi.", "Zelensky", "person:volodymyr-zelensky", "Volodymyr Zelensky", "fr")]
    [InlineData("President Zelenskyy spoke on Monday.", "Zelenskyy", "person:volodymyr-zelensky", "Volodymyr Zelensky", "en")]
    [InlineData("Reuters quoted Zelenskiy as saying so.", "Zelenskiy", "person:volodymyr-zelensky", "Volodymyr Zelensky", "en")]
    [InlineData("La réponse de Poutine est attendue.", "Poutine", "person:vladimir-putin", "Vladimir Putin", "fr")]
    [InlineData("Putin did not answer.", "Putin", "person:vladimir-putin", "Vladimir Putin", "en")]
    [InlineData("Des explosions ont été entendues à Kiev mardi.", "Kiev", "place:kyiv", "Kyiv", "fr")]
    [InlineData("Explosions were heard in Kyiv on Tuesday.", "Kyiv", "place:kyiv", "Kyiv", "en")]
    [InlineData("Les combats continuent près de Louhansk.", "Louhansk", "place:luhansk", "Luhansk", "fr")]
    [InlineData("Fighting goes on near Luhansk.", "Luhansk", "place:luhansk", "Luhansk", "en")]
    [InlineData("La région de Koursk a été attaquée.", "Koursk", "place:kursk", "Kursk", "fr")]
    [InlineData("The Kursk region was attacked.", "Kursk", "place:kursk", "Kursk", "en")]
    [InlineData("Selon Choïgou, tout va bien.", "Choïgou", "person:sergei-shoigu", "Sergei Shoigu", "fr")]
    [InlineData("Selon Choïgu, tout va bien.", "Choïgu", "person:sergei-shoigu", "Sergei Shoigu", "fr")]
    [InlineData("Shoigu said everything was fine.", "Shoigu", "person:sergei-shoigu", "Sergei Shoigu", "en")]
    [InlineData("Les membres de l'OTAN se réunissent.", "OTAN", "org:nato", "NATO", "fr")]
    [InlineData("NATO members meet today.", "NATO", "org:nato", "NATO", "en")]
    [InlineData("Les responsables du Pentagone ont parlé.", "Pentagone", "org:pentagon", "Pentagon", "fr")]
    [InlineData("Pentagon officials spoke.", "Pentagon", "org:pentagon", "Pentagon", "en")]
    [InlineData("Selon le New York Times, l'attaque est imminente.", "New York Times", "org:new-york-times", "The New York Times", "fr")]
    [InlineData("The NYT reported the attack.", "NYT", "org:new-york-times", "The New York Times", "en")]
    [InlineData("La Corée du Nord a envoyé des troupes.", "Corée du Nord", "place:kp", "North Korea", "fr")]
    [InlineData("Les Etats-Unis ont répondu.", "Etats-Unis", "place:us", "United States", "fr")]
    [InlineData("LA RUSSIE compte des centaines de milliers de soldats.", "RUSSIE", "place:ru", "Russia", "fr")]
    [InlineData("Le sommet aura lieu à Varsovie.", "Varsovie", "place:warsaw", "Warsaw", "fr")]
    [InlineData("The summit will be held in Warsaw.", "Warsaw", "place:warsaw", "Warsaw", "en")]
    [InlineData("La centrale de Zaporojie a été coupée du réseau.", "Zaporojie", "place:zaporizhzhia", "Zaporizhzhia", "fr")]
    public void Variants_across_spellings_transliterations_and_languages_merge_to_one_entity(string text, string surface, string id, string canonical, string language)
    {
        var mention = Single(text, surface, language);

        Assert.Equal(id, mention.Id);
        Assert.Equal(canonical, mention.Canonical);
    }

    [Theory]
    [InlineData("Mercredi, la vice-ministre ukrainienne de la Défense, Hanna Malyar, a déclaré que la situation était tendue.", "Hanna Malyar", "vice-ministre ukrainienne de la Défense")]
    [InlineData("Le secrétaire général de l'OTAN, Jens Stoltenberg, a déclaré que l'alliance produisait des munitions.", "Jens Stoltenberg", "secrétaire général de l'OTAN")]
    [InlineData("Le président russe Vladimir Poutine a signé le décret.", "Vladimir Poutine", "président russe")]
    [InlineData("Le Premier ministre Rishi Sunak a reçu le président.", "Rishi Sunak", "Premier ministre")]
    [InlineData("Le gouverneur de la région de Donetsk, Pavlo Kyrylenko, a posté des photos.", "Pavlo Kyrylenko", "gouverneur de la région de Donetsk")]
    [InlineData("Andriy Chernyak, un responsable du renseignement militaire ukrainien, a déclaré au Kyiv Post que tout était prêt.", "Andriy Chernyak", "responsable du renseignement militaire ukrainien")]
    [InlineData("Le chef du Conseil de sécurité russe et ancien ministre de la Défense, Sergueï Choïgu, a prévenu.", "Sergueï Choïgu", "chef du Conseil de sécurité russe et ancien ministre de la Défense")]
    [InlineData("Le secrétaire américain à la Défense, Lloyd Austin, a déclaré après les discussions.", "Lloyd Austin", "secrétaire américain à la Défense")]
    public void A_role_given_with_a_name_is_kept_with_the_person(string text, string surface, string role)
    {
        var mention = Single(text, surface);

        Assert.Equal(EntityType.Person, mention.Type);
        Assert.Equal(role, mention.Role);
    }

    [Theory]
    [InlineData("NATO Secretary General Jens Stoltenberg said the alliance would help.", "Jens Stoltenberg", "NATO Secretary General")]
    [InlineData("Ukraine's deputy defence minister Hanna Maliar said the situation was tense.", "Hanna Maliar", "deputy defence minister")]
    [InlineData("Russian President Vladimir Putin signed the decree.", "Vladimir Putin", "Russian President")]
    [InlineData("Andriy Chernyak, an official of Ukraine's military intelligence, told the Kyiv Post that the forces were ready.", "Andriy Chernyak", "official of Ukraine's military intelligence")]
    public void A_role_given_with_a_name_in_english_is_kept_with_the_person(string text, string surface, string role)
    {
        var mention = Assert.Single(extractor.Extract(text, "en"), m => m.Text == surface);

        Assert.Equal(EntityType.Person, mention.Type);
        Assert.Equal(role, mention.Role);
    }

    [Theory]
    [InlineData("\"We lost forty men,\" said army spokesman Col. Tom Baker.", "Tom Baker", "army spokesman Col.")]
    [InlineData("Lt. Gen. Mary Holt told reporters the base was closed.", "Mary Holt", "Lt. Gen.")]
    [InlineData("Sen. Ruth Alvarez voted against the bill.", "Ruth Alvarez", "Sen.")]
    [InlineData("The regional commander, Maj Paul Okafor, said the road was open.", "Paul Okafor", "regional commander, Maj")]
    public void A_short_title_before_a_name_is_part_of_the_role_and_never_a_name(string text, string surface, string role)
    {
        var mentions = extractor.Extract(text, "en");

        var mention = Assert.Single(mentions, m => m.Text == surface);
        Assert.Equal(EntityType.Person, mention.Type);
        Assert.Equal(role, mention.Role);
        Assert.DoesNotContain(mentions, m => m.Type == EntityType.Person && m.Text != surface);
    }

    [Theory]
    [InlineData("The State Election Commission said turnout was high.", "State Election Commission")]
    [InlineData("A spokesperson for the National Electoral Board confirmed the delay.", "National Electoral Board")]
    [InlineData("Officials at the Federal Emergency Management Agency were sent north.", "Federal Emergency Management Agency")]
    [InlineData("The Election Commission of Pakistan published the results.", "Election Commission of Pakistan")]
    [InlineData("Flood Toll Reaches 310, Interior Ministry Says", "Interior Ministry")]
    public void Capitalised_words_before_an_organisation_noun_are_its_name(string text, string surface)
    {
        var mention = Assert.Single(extractor.Extract(text, "en"), m => m.Text == surface);

        Assert.Equal(EntityType.Organisation, mention.Type);
    }

    [Fact]
    public void A_name_after_a_reading_verb_has_no_role() =>
        Assert.Null(Single("Ils ont ajouté que Poutine rassemblait des canons.", "Poutine").Role);

    [Theory]
    [InlineData("Des soldats nord-coréens s'entraînent avec les Russes.", "nord-coréens", "place:kp", "fr")]
    [InlineData("Des milliers de soldats russes et nord-coréens se préparent.", "nord-coréens", "place:kp", "fr")]
    [InlineData("Les troupes ukrainiennes ont reculé.", "ukrainiennes", "place:ua", "fr")]
    [InlineData("Les Russes ont repris une partie du territoire.", "Russes", "place:ru", "fr")]
    [InlineData("North Korean troops are training in Kursk.", "North Korean", "place:kp", "en")]
    [InlineData("Russian forces advanced on Tuesday.", "Russian", "place:ru", "en")]
    public void A_nationality_that_says_who_acts_attaches_its_country(string text, string surface, string id, string language)
    {
        var mention = Single(text, surface, language);

        Assert.Equal(EntityType.Place, mention.Type);
        Assert.Equal(id, mention.Id);
    }

    [Theory]
    [InlineData("Il parle la langue russe couramment.", "fr")]
    [InlineData("La salade niçoise est une recette française.", "fr")]
    public void A_nationality_adjective_of_a_thing_names_no_country(string text, string language) =>
        Assert.DoesNotContain(extractor.Extract(text, language), m => m.Type == EntityType.Place);

    [Theory]
    [InlineData("Le porte-parole du ministère, Ivan Petrenko, a démenti l'information.", "Ivan Petrenko", "person:ivan-petrenko")]
    [InlineData("Marta Kowalska a déclaré que la frontière restait fermée.", "Marta Kowalska", "person:marta-kowalska")]
    [InlineData("L'analyste Jérôme Pellistrandi estime que l'offensive est imminente.", "Jérôme Pellistrandi", "person:jerome-pellistrandi")]
    public void An_unknown_name_where_a_name_stands_is_found_with_a_canonical_form_of_its_own(string text, string surface, string id)
    {
        var mention = Single(text, surface);

        Assert.Equal(EntityType.Person, mention.Type);
        Assert.Equal(id, mention.Id);
        Assert.Equal(surface, mention.Canonical);
    }

    [Fact]
    public void An_unknown_person_named_later_by_surname_or_title_merges_with_the_full_name()
    {
        const string text = "Le major à la retraite Mike Lyons a déclaré que le front tiendrait. Mais Lyons a averti que M. Lyons n'était pas seul.";

        var people = extractor.Extract(text, "fr").Where(m => m.Type == EntityType.Person).ToList();

        Assert.Equal(3, people.Count);
        Assert.All(people, p => Assert.Equal("person:mike-lyons", p.Id));
    }

    [Fact]
    public void Capitalised_words_without_a_name_context_are_not_people() =>
        Assert.DoesNotContain(
            extractor.Extract("Guerre Totale Et Paix Durable sont deux romans. Bonne Nuit Les Petits.", "fr"),
            m => m.Type == EntityType.Person);

    [Theory]
    [InlineData("La Russie aurait livré des Su-35 à l'Iran.", "Su-35", "equipment:su-35")]
    [InlineData("Kyiv a reçu des HIMARS et des chars Leopard 2.", "HIMARS", "equipment:himars")]
    [InlineData("Kyiv a reçu des HIMARS et des chars Leopard 2.", "Leopard 2", "equipment:leopard-2")]
    [InlineData("Les chars T-90M ont été détruits.", "T-90M", "equipment:t-90m")]
    public void Equipment_models_are_their_own_type(string text, string surface, string id)
    {
        var mention = Single(text, surface);

        Assert.Equal(EntityType.Equipment, mention.Type);
        Assert.Equal(id, mention.Id);
    }

    [Fact]
    public void A_web_address_yields_no_entity() =>
        Assert.Empty(extractor.Extract("https://twitter.com/nytimes/status/1855647886186328361", "fr"));

    [Theory]
    [InlineData("Les bombardements ont touché la ville de Vovtchansk mardi.", "Vovtchansk", "place:vovtchansk", "fr")]
    [InlineData("Shelling hit the town of Vovchansk on Tuesday.", "Vovchansk", "place:vovchansk", "en")]
    public void An_unknown_name_after_a_place_noun_is_a_place(string text, string surface, string id, string language)
    {
        var mention = Single(text, surface, language);

        Assert.Equal(EntityType.Place, mention.Type);
        Assert.Equal(id, mention.Id);
    }

    [Theory]
    [InlineData("La Banque de France a relevé ses taux.", "Banque de France", "fr")]
    [InlineData("Le président de la Chambre d'Agriculture a parlé.", "Chambre d'Agriculture", "fr")]
    [InlineData("The Bank of England raised its rates.", "Bank of England", "en")]
    [InlineData("Selon la Commission électorale nationale indépendante, le vote a eu lieu.", "Commission électorale nationale indépendante", "fr")]
    [InlineData("La Banque mondiale prévoit un ralentissement.", "Banque mondiale", "fr")]
    [InlineData("Le Conseil constitutionnel a validé la loi.", "Conseil constitutionnel", "fr")]
    public void A_capitalised_organisation_noun_and_its_name_are_an_organisation(string text, string surface, string language) =>
        Assert.Equal(EntityType.Organisation, Single(text, surface, language).Type);

    [Theory]
    [InlineData("Le général Syrsky a inspecté le front.", "Syrsky", "person:syrsky")]
    [InlineData("M. DUPONT a été élu maire.", "DUPONT", "person:dupont")]
    [InlineData("Le directeur Emmanuel DESOLES a déclaré que le journal paraîtrait.", "Emmanuel DESOLES", "person:emmanuel-desoles")]
    public void A_lone_surname_after_a_role_word_or_title_and_a_surname_in_capitals_are_people(string text, string surface, string id)
    {
        var mention = Single(text, surface);

        Assert.Equal(EntityType.Person, mention.Type);
        Assert.Equal(id, mention.Id);
    }

    [Fact]
    public void A_known_name_with_an_adjective_keeps_its_known_id()
    {
        var mention = Single("Le chef de la diplomatie de l'Union européenne a parlé.", "Union européenne");

        Assert.Equal("org:european-union", mention.Id);
    }

    [Fact]
    public void A_lower_case_noun_and_adjective_are_no_organisation()
    {
        Assert.DoesNotContain(extractor.Extract("La banque mondiale de semences a ouvert.", "fr"), m => m.Type == EntityType.Organisation);
    }
}
