namespace Pipeline.Analysis.Claims;

/// <summary>What the words that name a source stand for.</summary>
internal enum SpeakerKind
{
    /// <summary>Nobody: a pronoun that stands for no one ("on", "it"), or words that are no name.</summary>
    None,

    /// <summary>A name or noun phrase in the text ("le ministère", "Andriy Lysenko").</summary>
    Named,

    /// <summary>A pronoun standing for the speaker named just before ("…, he said", "a-t-il ajouté").</summary>
    Pronoun,

    /// <summary>"la même source", "the same source": the speaker named before, maybe a few sentences back.</summary>
    SameSource,
}

/// <summary>
/// One attribution in a sentence: the cue with its speaker's words (<see cref="Start"/> to <see cref="End"/>, in tokens,
/// e.g. "selon le ministère", "Loukachenko a déclaré") and the speaker's own words (<see cref="NameStart"/> to
/// <see cref="NameEnd"/>). <see cref="Introduced"/> marks a source after an introducer ("selon lui", "according to
/// them").
/// </summary>
internal readonly record struct Attribution(int Start, int End, int NameStart, int NameEnd, SpeakerKind Kind, bool Introduced = false);
