using Pipeline.Analysis.Entities;
using Xunit;

namespace Pipeline.Analysis.Tests.Entities;

/// <summary>
/// Every person, place and organisation of the five seed articles, listed by reading the texts by hand. People must
/// match exactly (no one missing, no one invented); places and organisations must all be found.
/// </summary>
public sealed class SeedEntityTests
{
    public static TheoryData<string, string[], string[], string[]> Seeds => new()
    {
        {
            "000",
            ["person:vladimir-putin", "person:volodymyr-zelensky", "person:rishi-sunak", "person:winston-churchill", "person:sergei-shoigu", "person:andriy-chernyak"],
            ["place:ru", "place:ua", "place:bakhmut", "place:by", "place:london", "place:gb", "place:kyiv", "place:donetsk", "place:luhansk", "place:black-sea"],
            ["org:associated-press", "org:reuters", "org:pa-media", "org:pentagon", "org:kyiv-post", "org:kremlin", "org:ministry-of-defence-gb", "org:military-intelligence-ua"]
        },
        {
            "001",
            ["person:hanna-maliar", "person:pavlo-kyrylenko", "person:jens-stoltenberg", "person:josep-borrell", "person:lloyd-austin", "person:volodymyr-zelensky"],
            ["place:ru", "place:ua", "place:luhansk", "place:kyiv", "place:bakhmut", "place:donetsk", "place:kharkiv", "place:pokrovsk", "place:kramatorsk", "place:sloviansk", "place:moscow", "place:brussels", "place:us", "place:de", "place:great-britain", "place:washington"],
            ["org:ministry-of-defence-ru", "org:reuters", "org:telegram", "org:nato", "org:european-union", "org:general-staff-ua"]
        },
        {
            "002",
            ["person:vladimir-putin", "person:alexander-lukashenko", "person:oleksiy-gromov", "person:volodymyr-zelensky", "person:mike-lyons", "person:valery-kavaleuski", "person:artis-pabriks", "person:vadym-skibitsky"],
            ["place:ua", "place:by", "place:kherson", "place:black-sea", "place:kyiv", "place:ru", "place:moscow"],
            ["org:associated-press", "org:cnn", "org:ministry-of-defence-gb", "org:new-york-times", "org:nato", "org:military-intelligence-ua", "org:general-staff-ua"]
        },
        {
            "003",
            ["person:antony-blinken", "person:volodymyr-zelensky", "person:vladimir-putin", "person:donald-trump", "person:sergei-shoigu"],
            ["place:kursk", "place:ua", "place:us", "place:kp", "place:moscow", "place:kyiv", "place:ru"],
            ["org:cnn", "org:new-york-times", "org:kremlin", "org:security-council-ru"]
        },
        {
            "004",
            ["person:vladimir-putin"],
            ["place:ru", "place:kursk", "place:kp", "place:ua", "place:europe", "place:at"],
            ["org:new-york-times", "org:red-army", "org:kyiv-independent", "org:google"]
        },
    };

    private readonly EntityExtractor extractor = new();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_person_of_a_seed_is_found_and_no_one_else(string seed, string[] people, string[] places, string[] organisations)
    {
        _ = places;
        _ = organisations;
        var found = extractor.Extract(SeedArticles.Read(seed), "fr").Where(m => m.Type == EntityType.Person).Select(m => m.Id).ToHashSet();

        Assert.Equal(people.Order(), found.Order());
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_place_and_organisation_of_a_seed_is_found(string seed, string[] people, string[] places, string[] organisations)
    {
        _ = people;
        var mentions = extractor.Extract(SeedArticles.Read(seed), "fr");
        var foundPlaces = mentions.Where(m => m.Type == EntityType.Place).Select(m => m.Id).ToHashSet();
        var foundOrganisations = mentions.Where(m => m.Type == EntityType.Organisation).Select(m => m.Id).ToHashSet();

        Assert.Empty(places.Except(foundPlaces));
        Assert.Empty(organisations.Except(foundOrganisations));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Mention_offsets_point_at_their_text_in_the_article(string seed)
    {
        var text = SeedArticles.Read(seed);
        var mentions = extractor.Extract(text, "fr");

        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal(m.Text, text[m.Start..m.End]));
        Assert.All(mentions.Zip(mentions.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start, "mentions overlap"));
    }

    [Fact]
    public void The_british_tank_model_of_the_first_seed_is_equipment()
    {
        var mentions = extractor.Extract(SeedArticles.Read("000"), "fr");

        Assert.Contains(mentions, m => m.Type == EntityType.Equipment && m.Id == "equipment:challenger-2" && m.Text == "Challenger 2");
    }
}
