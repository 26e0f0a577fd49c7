using System.Globalization;
using System.Text;
using Pipeline.Analysis.Entities;

namespace Pipeline.Evaluation.Ner;

/// <summary>
/// Scores the entity extractor against an IOB corpus per type: exact span match (same tokens, same type) and token
/// overlap (a found entity counts if it shares a token with a gold entity of its type, and the other way round).
/// </summary>
internal sealed class NerEvaluation(EntityExtractor extractor)
{
    public static readonly string[] Types = ["PER", "LOC", "ORG"];

    public sealed class Counts
    {
        public int Gold { get; set; }

        public int Found { get; set; }

        public int ExactHits { get; set; }

        public int FoundOverlapping { get; set; }

        public int GoldOverlapped { get; set; }
    }

    public (Dictionary<string, Counts> ByType, int Documents, int Tokens, int NationalitiesLeftOut) Run(IReadOnlyList<IobDocument> documents, string language)
    {
        var byType = Types.ToDictionary(t => t, _ => new Counts());
        var tokens = 0;
        var nationalities = 0;
        foreach (var doc in documents)
        {
            tokens += doc.Tokens.Count;
            var found = new List<GoldEntity>();
            foreach (var mention in extractor.Extract(doc.Text, language))
            {
                var type = mention.Type switch
                {
                    EntityType.Person => "PER",
                    EntityType.Place => "LOC",
                    EntityType.Organisation => "ORG",
                    _ => null,
                };
                if (type is null)
                {
                    continue;
                }

                // The corpus tags proper names only; a nationality adjective naming its country is not a LOC there.
                if (mention.IsNationality)
                {
                    nationalities++;
                    continue;
                }

                var first = FirstTokenAtOrAfter(doc.Tokens, mention.Start);
                var last = LastTokenBefore(doc.Tokens, mention.End);
                if (first <= last)
                {
                    found.Add(new GoldEntity(first, last, type));
                }
            }

            foreach (var type in Types)
            {
                var gold = doc.Entities.Where(e => e.Type == type).ToList();
                var mine = found.Where(e => e.Type == type).ToList();
                var c = byType[type];
                c.Gold += gold.Count;
                c.Found += mine.Count;
                var goldSpans = gold.Select(g => (g.First, g.Last)).ToHashSet();
                c.ExactHits += mine.Count(m => goldSpans.Contains((m.First, m.Last)));
                c.FoundOverlapping += mine.Count(m => gold.Any(g => g.First <= m.Last && m.First <= g.Last));
                c.GoldOverlapped += gold.Count(g => mine.Any(m => g.First <= m.Last && m.First <= g.Last));
            }
        }

        return (byType, documents.Count, tokens, nationalities);
    }

    private static int FirstTokenAtOrAfter(IReadOnlyList<(int Start, int End)> tokens, int offset)
    {
        var i = 0;
        while (i < tokens.Count && tokens[i].End <= offset)
        {
            i++;
        }

        return i;
    }

    private static int LastTokenBefore(IReadOnlyList<(int Start, int End)> tokens, int end)
    {
        var i = tokens.Count - 1;
        while (i >= 0 && tokens[i].Start >= end)
        {
            i--;
        }

        return i;
    }

    public static string Report(Dictionary<string, Counts> byType, int documents, int tokens, int nationalities, string corpus, TimeSpan elapsed)
    {
        var md = new StringBuilder();
        md.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"`pipeline-eval ner {corpus}`: {tokens:N0} tokens in {documents} documents (the pages the corpus lists, 5,000-token slices elsewhere) of French newspapers from 1870-1940, OCR text ") +
            "with its errors and old spellings, rebuilt from the tokens. Types: PER = Person, LOC = Place, ORG = Organisation " +
            string.Create(CultureInfo.InvariantCulture, $"(equipment is not annotated there). {nationalities:N0} nationality adjectives that our extractor attaches to a country ") +
            "are left out, as the corpus does not tag adjectives. The gazetteers were not tuned to this corpus.");
        md.AppendLine();
        md.AppendLine("| type | gold | found | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|");
        var total = new Counts();
        foreach (var (type, c) in byType)
        {
            md.AppendLine(Row(type, c));
            total.Gold += c.Gold;
            total.Found += c.Found;
            total.ExactHits += c.ExactHits;
            total.FoundOverlapping += c.FoundOverlapping;
            total.GoldOverlapped += c.GoldOverlapped;
        }

        md.AppendLine(Row("all (micro)", total));
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Scored in {elapsed.TotalSeconds:0.0} s.");
        return md.ToString();
    }

    private static string Row(string type, Counts c)
    {
        static double Ratio(int a, int b) => b == 0 ? 0 : 100.0 * a / b;
        static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
        var ep = Ratio(c.ExactHits, c.Found);
        var er = Ratio(c.ExactHits, c.Gold);
        var op = Ratio(c.FoundOverlapping, c.Found);
        var or = Ratio(c.GoldOverlapped, c.Gold);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {type} | {c.Gold:N0} | {c.Found:N0} | {ep:0.0} | {er:0.0} | {F1(ep, er):0.0} | {op:0.0} | {or:0.0} | {F1(op, or):0.0} |");
    }
}
