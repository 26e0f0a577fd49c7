using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>
/// A language's reporting verbs written once, as a stem and a conjugation class ("indiqu = er"), spelt out into every
/// finite form that names its speaker ("indique", "indiquaient", "indiqua") and its participle ("indiqué"), so that a
/// tense the data did not list one by one ("précisait la mairie", "avait requis") reports as the present does.
/// </summary>
internal static class ReportingVerbForms
{
    /// <summary>Adds the forms of every [forecast-verb-stem] to [forecast-verb], [forecaster-verb] and [foreseeing-verb] (with each of
    /// [adverb-before-complement] between a form and its complement), and those of every
    /// [reporting-verb] to [source-verb], [source-before] (inverted), [source-participle] and [source-infinitive] (a reflexive one, with its
    /// pronoun, to the first two), and every one-word participle, agreed, to [passive-participle], before the entries those
    /// sections list themselves, which therefore win. A gerund ("tablant sur") is spelt out for forecasters' verbs only, and names no speaker.</summary>
    public static void Expand(LexiconFile file)
    {
        var classes = new Dictionary<string, List<(string Tense, string Ending)>>(StringComparer.Ordinal);
        foreach (var (name, value) in file["conjugation"])
        {
            var parts = (value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0)
            {
                continue;
            }

            if (!classes.TryGetValue(name, out var endings))
            {
                endings = [];
                classes[name] = endings;
            }

            endings.Add((parts[0], parts.Length > 1 ? parts[1] : ""));
        }

        foreach (var (stem, value) in file["forecast-verb-stem"].Reverse())
        {
            // "tabl = er sur": the complement after the class follows every form ("tablaient sur", "avait tablé sur").
            var parts = (value ?? "").Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || !classes.TryGetValue(parts[0], out var endings))
            {
                continue;
            }

            var complement = parts.Length > 1 ? " " + parts[1] : "";
            foreach (var (tense, ending) in endings)
            {
                file.Prepend("forecast-verb", stem + ending + complement, null);
                // A gerund's speaker is its main clause's subject, which may stand far before it, while a forecaster's verb
                // names the words right before it; and a gerund foresees only where the clause speaks of a forecast.
                if (tense != "gerund")
                {
                    file.Prepend("forecaster-verb", stem + ending + complement, null);
                    file.Prepend("foreseeing-verb", stem + ending + complement, tense == "present" ? "present" : null);
                }

                if (complement.Length == 0)
                {
                    continue;
                }

                // "table désormais sur", "tablent toujours sur": an adverb between the verb and its complement.
                foreach (var (adverb, _) in file["adverb-before-complement"])
                {
                    file.Prepend("forecast-verb", $"{stem}{ending} {adverb}{complement}", null);
                    if (tense != "gerund")
                    {
                        file.Prepend("forecaster-verb", $"{stem}{ending} {adverb}{complement}", null);
                        file.Prepend("foreseeing-verb", $"{stem}{ending} {adverb}{complement}", tense == "present" ? "present" : null);
                    }
                }
            }
        }

        Reflexive? reflexive = null;
        foreach (var (stem, value) in file["reporting-verb"].Reverse())
        {
            var flags = (value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (flags.Length == 0 || !classes.TryGetValue(flags[0], out var endings))
            {
                continue;
            }

            var speech = flags.Contains("quote") ? "quote" : flags.Contains("speech") ? "speech" : null;
            var pastOnly = flags.Contains("past");
            if (flags.Contains("reflexive"))
            {
                AddReflexive(file, reflexive ??= Reflexive.Read(file), stem, endings);
                continue;
            }

            // "disclos = ed-e that": a word after the flags is a complement; the verb reports only before it ("declared
            // that …", not "declared a state of emergency"), and so never stands inverted after its speaker.
            var complement = string.Concat(flags.Skip(1).Where(f => f is not ("speech" or "past" or "quote" or "reflexive")).Select(f => " " + f));
            foreach (var (tense, ending) in endings)
            {
                var form = stem + ending + complement;
                if (tense == "gerund")
                {
                    continue;
                }

                if (tense == "infinitive")
                {
                    file.Prepend("source-infinitive", form, speech);
                }
                else if (tense == "participle")
                {
                    file.Prepend("source-participle", form, speech);
                }
                else if (!(pastOnly && tense == "present"))
                {
                    file.Prepend("source-verb", form, speech);
                    if (complement.Length == 0)
                    {
                        file.Prepend("source-before", form, "inverted");
                    }
                }
            }
        }

        AddPassives(file);
    }

    /// <summary>What [reflexive] says of a language's reflexive verbs: the pronoun, its elided form and the letters it
    /// elides before, the auxiliaries of the compound forms, and the endings a participle agrees with.</summary>
    private sealed record Reflexive(string? Pronoun, string? Elided, string ElidesBefore, List<string> Auxiliaries, List<string> Agreements)
    {
        public static Reflexive Read(LexiconFile file)
        {
            string? pronoun = null;
            string? elided = null;
            var elidesBefore = "";
            var auxiliaries = new List<string>();
            foreach (var (name, value) in file["reflexive"])
            {
                switch (name)
                {
                    case "pronoun": pronoun = value; break;
                    case "elided": elided = value; break;
                    case "elides-before": elidesBefore = value ?? ""; break;
                    case "auxiliary" when value is not null: auxiliaries.Add(value); break;
                }
            }

            return new Reflexive(pronoun, elided, elidesBefore, auxiliaries, ReportingVerbForms.Agreements(file));
        }

        public bool Elides(string form) => Elided is not null && form.Length > 0 && ElidesBefore.Contains(char.ToLowerInvariant(form[0]), StringComparison.Ordinal);
    }

    /// <summary>
    /// A reflexive reporting verb ("se félicite", "s'inquiétait", "s'est félicitée", "se sont indignés") with its pronoun
    /// and auxiliaries from [reflexive] and each ending of [participle-agreement]: every form names its speaker before it
    /// ("le syndicat s'inquiète de") or, after a comma or a quote, after it ("», s'est félicité le ministre").
    /// </summary>
    private static void AddReflexive(LexiconFile file, Reflexive reflexive, string stem, List<(string Tense, string Ending)> endings)
    {
        if (reflexive.Pronoun is null)
        {
            return;
        }

        foreach (var (tense, ending) in endings.Where(e => e.Tense is not ("infinitive" or "gerund")))
        {
            var form = stem + ending;
            if (tense == "participle")
            {
                foreach (var auxiliary in reflexive.Auxiliaries)
                {
                    foreach (var agreement in reflexive.Agreements)
                    {
                        Add(auxiliary + " " + form + agreement);
                    }
                }
            }
            else
            {
                Add(reflexive.Elides(form) ? reflexive.Elided + form : reflexive.Pronoun + " " + form);
            }
        }

        void Add(string phrase)
        {
            file.Prepend("source-verb", phrase, null);
            file.Prepend("source-before", phrase, "inverted");
        }
    }

    /// <summary>
    /// "52 morts ont été recensés par les secours", "les dégâts sont estimés à 2 millions par les assureurs": every
    /// one-word reporting participle, with each ending it agrees with in [participle-agreement], as a passive's verb.
    /// </summary>
    private static void AddPassives(LexiconFile file)
    {
        var agreements = Agreements(file);
        foreach (var (participle, _) in file["source-participle"].ToList())
        {
            if (participle.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var agreement in agreements)
            {
                file.Prepend("passive-participle", participle + agreement, null);
            }
        }
    }

    private static List<string> Agreements(LexiconFile file) => ["", .. file["participle-agreement"].Select(e => e.Phrase)];
}
