using Pipeline.Analysis.Claims;
using Pipeline.Analysis.Entities;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// The article's entities by where they start: what a reader asks of a sentence or of one offset holds every entity the
/// whole list would have given it, in text order.
/// </summary>
public sealed class EntityIndexTests
{
    // "Le Comité international de la Croix-Rouge a visité Kiev. Selon l'Ukraine, la Russie…" laid out by offset.
    private static readonly EntityMention Committee = Mention("Comité international de la Croix-Rouge", 3, EntityType.Organisation);
    private static readonly EntityMention Kyiv = Mention("Kiev", 51, EntityType.Place);
    private static readonly EntityMention Ukraine = Mention("Ukraine", 65, EntityType.Place);
    private static readonly EntityMention Russia = Mention("Russie", 77, EntityType.Place);

    [Fact]
    public void A_sentence_s_entities_are_those_starting_in_it_in_text_order()
    {
        var index = new EntityIndex([Committee, Kyiv, Ukraine, Russia]);

        Assert.Equal([Committee, Kyiv], index.Within(0, 56).ToArray());
        Assert.Equal([Ukraine, Russia], index.Within(57, 90).ToArray());
        Assert.Empty(index.Within(90, 120).ToArray());
    }

    [Fact]
    public void A_span_is_covered_only_by_one_entity_of_the_asked_type_holding_all_of_it()
    {
        var index = new EntityIndex([Committee, Kyiv, Ukraine, Russia]);
        var croixRouge = Committee.End - "Croix-Rouge".Length;

        Assert.True(index.Covers(croixRouge, Committee.End, EntityType.Organisation));
        Assert.True(index.Covers(Kyiv.Start, Kyiv.End, EntityType.Place));
        Assert.False(index.Covers(croixRouge, Committee.End, EntityType.Place));
        Assert.False(index.Covers(Kyiv.Start, Kyiv.End + 1, EntityType.Place));
        Assert.False(index.Covers(Ukraine.Start, Russia.End, EntityType.Place));
    }

    [Fact]
    public void An_offset_deep_inside_a_long_name_finds_the_name_that_covers_it()
    {
        var index = new EntityIndex([Committee, Kyiv, Ukraine, Russia]);
        var insideCroixRouge = Committee.End - 2;

        Assert.Contains(Committee, index.Around(insideCroixRouge).ToArray());
        Assert.Contains(Kyiv, index.Around(Kyiv.Start + 2).ToArray());
        Assert.DoesNotContain(Ukraine, index.Around(Kyiv.Start + 2).ToArray());
    }

    [Fact]
    public void Entities_starting_at_an_offset_are_only_those()
    {
        var index = new EntityIndex([Committee, Kyiv, Ukraine, Russia]);

        Assert.Equal([Ukraine], index.StartingAt(Ukraine.Start).ToArray());
        Assert.Empty(index.StartingAt(Ukraine.Start + 1).ToArray());
    }

    [Fact]
    public void A_list_out_of_text_order_is_put_in_it()
    {
        var index = new EntityIndex([Russia, Committee, Ukraine, Kyiv]);

        Assert.Equal([Committee, Kyiv, Ukraine, Russia], index.Within(0, int.MaxValue).ToArray());
    }

    [Fact]
    public void No_entities_answer_every_question_with_none()
    {
        var index = new EntityIndex([]);

        Assert.Equal(0, index.Within(0, int.MaxValue).Length + index.Around(10).Length + index.StartingAt(0).Length);
    }

    private static EntityMention Mention(string text, int start, EntityType type) =>
        new(text, start, start + text.Length, type, text, "test:" + text);
}
