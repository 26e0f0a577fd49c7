namespace Pipeline.Analysis.Claims;

/// <summary>How a phrase the source follows introduces it.</summary>
internal enum SourceCue
{
    /// <summary>"selon", "according to": the source follows wherever the phrase stands.</summary>
    Introducer,

    /// <summary>"citing", "citant": the source follows and is who the speaker before it cites, so it wins over that speaker.</summary>
    Citing,

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
