using Pipeline.Analysis.Entities;
using Xunit;

namespace Pipeline.Analysis.Tests.Entities;

/// <summary>
/// What the entity engine knows of a language is data: a third language is one file (here a small Spanish one in the
/// test's Entities/Resources), and a language without a file finds the shared gazetteers' names and nothing else.
/// </summary>
public sealed class EntityLanguageTests
{
    private const string Spanish =
        "La portavoz del ministerio de Defensa ucraniano, Olena Kovalenko, dijo el lunes que las tropas rusas y "
        + "norcoreanas atacaron la ciudad de Vovchansk, cerca de Kursk. El Sr. Petrenko respondió que Marta Ruiz dijo lo contrario.";

    private readonly EntityExtractor withSpanish = new(EntityLanguages.FromDirectory(Path.Combine(AppContext.BaseDirectory, "Entities", "Resources")));

    [Theory]
    [InlineData("ministerio de Defensa ucraniano", "org:ministry-of-defence-ua", "Organisation")]
    [InlineData("Olena Kovalenko", "person:olena-kovalenko", "Person")]
    [InlineData("rusas", "place:ru", "Place")]
    [InlineData("norcoreanas", "place:kp", "Place")]
    [InlineData("Vovchansk", "place:vovchansk", "Place")]
    [InlineData("Kursk", "place:kursk", "Place")]
    [InlineData("Petrenko", "person:petrenko", "Person")]
    [InlineData("Marta Ruiz", "person:marta-ruiz", "Person")]
    public void A_language_added_as_a_file_reads_its_sentences(string surface, string id, string type)
    {
        var mention = Assert.Single(withSpanish.Extract(Spanish, "es"), m => m.Text == surface);

        Assert.Equal(id, mention.Id);
        Assert.Equal(Enum.Parse<EntityType>(type), mention.Type);
    }

    [Fact]
    public void A_language_added_as_a_file_finds_nothing_more_than_its_rules_say() =>
        Assert.Equal(8, withSpanish.Extract(Spanish, "es").Count);

    [Fact]
    public void A_role_is_read_with_the_words_of_the_added_language() =>
        Assert.Equal(
            "portavoz del ministerio de Defensa ucraniano",
            Assert.Single(withSpanish.Extract(Spanish, "es"), m => m.Text == "Olena Kovalenko").Role);

    [Fact]
    public void A_language_without_a_file_finds_only_the_gazetteers_names() =>
        Assert.Equal(["place:kursk"], new EntityExtractor().Extract(Spanish, "es").Select(m => m.Id));

    [Theory]
    [InlineData("fr", new[] { "person:syrsky", "place:kp", "place:kursk" })]
    [InlineData("de", new[] { "place:kursk" })]
    [InlineData("und", new[] { "place:kursk" })]
    public void French_rules_read_only_french(string language, string[] ids) =>
        Assert.Equal(
            ids,
            new EntityExtractor().Extract("Le général Syrsky a dit que les soldats nord-coréens étaient à Koursk.", language).Select(m => m.Id));

    [Fact]
    public void A_regional_language_code_reads_by_its_language() =>
        Assert.Equal(
            "Russian President",
            Assert.Single(new EntityExtractor().Extract("Russian President Vladimir Putin signed the decree.", "en-GB"), m => m.Type == EntityType.Person).Role);
}
