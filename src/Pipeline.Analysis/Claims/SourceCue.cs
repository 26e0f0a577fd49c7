namespace Pipeline.Analysis.Claims;

/// <summary>How a phrase the source follows introduces it.</summary>
internal enum SourceCue
{
    /// <summary>"selon", "according to": the source follows wherever the phrase stands.</summary>
    Introducer,

    /// <summary>"cité par", "quoted by": an introducer, except as a participle on the subject of a reporting verb ("un
    /// responsable cité par Reuters a déclaré", "an official quoted by Reuters said"), where the subject is the source.</summary>
    QuotedBy,

    /// <summary>", said", ", a indiqué": a reporting verb before its speaker, only right after a comma or a quote.</summary>
    InvertedVerb,

    /// <summary>"per": an introducer only where it opens its clause or follows a comma ("Per the ministry, …", "…, per
    /// figures from the ministry"); elsewhere it is a rate ("40 cases per day").</summary>
    Opening,

    /// <summary>"à l'en croire": the phrase holds its own pronoun, standing for the speaker named before, as "selon lui" does.</summary>
    Pronoun,

    /// <summary>"Pour le syndicat, …": an introducer only where it opens the sentence and its source ends at a comma
    /// ("pour 300 familles" elsewhere introduces nobody).</summary>
    SentenceOpening,
}
