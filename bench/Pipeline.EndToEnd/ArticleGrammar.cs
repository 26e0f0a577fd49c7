using System.Globalization;
using System.Text;

namespace Pipeline.EndToEnd;

/// <summary>
/// A template grammar for one language, read from <c>Resources/grammar.{lang}.txt</c>: <c>[name]</c> starts a list
/// whose lines are its entries; in an entry, <c>{name}</c> is replaced by a random entry of that list (expanded in
/// turn), <c>{@name}</c> by the article's own pick from it (its topic: the same person, place or organisation all
/// along), <c>(a|b|c)</c> by one alternative, <c>{#n:lo:hi}</c> by a whole number, <c>{#d:lo:hi}</c> by a number
/// with one decimal, <c>{#year}</c> by a year and <c>{%}</c> by the language's percent sign. <c>@group</c>,
/// <c>@decimal</c> and <c>@percent</c> say how the language writes numbers (<c>space</c> and <c>none</c> name the
/// characters that a line cannot show).
/// </summary>
public sealed class ArticleGrammar
{
    readonly Dictionary<string, string[]> _lists;

    ArticleGrammar(string language, Dictionary<string, string[]> lists, string group, string decimalSeparator, string percent)
    {
        Language = language;
        _lists = lists;
        GroupSeparator = group;
        DecimalSeparator = decimalSeparator;
        Percent = percent;
    }

    /// <summary>The language code (<c>fr</c>, <c>en</c>).</summary>
    public string Language { get; }

    public string GroupSeparator { get; }

    public string DecimalSeparator { get; }

    public string Percent { get; }

    /// <summary>The grammar shipped in this assembly for <paramref name="language"/>.</summary>
    public static ArticleGrammar Load(string language)
    {
        var name = $"grammar.{language}.txt";
        using var stream = typeof(ArticleGrammar).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"No grammar resource {name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(language, reader.ReadToEnd());
    }

    public static ArticleGrammar Parse(string language, string text)
    {
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var settings = new Dictionary<string, string>(StringComparer.Ordinal) { ["group"] = ",", ["decimal"] = ".", ["percent"] = "none" };
        List<string>? current = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r').Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('@'))
            {
                var parts = line[1..].Split(' ', 2, StringSplitOptions.TrimEntries);
                settings[parts[0]] = parts.Length > 1 ? parts[1] : "";
            }
            else if (line.StartsWith('[') && line.EndsWith(']'))
            {
                current = [];
                lists[line[1..^1]] = current;
            }
            else
            {
                (current ?? throw new FormatException($"grammar.{language}: entry before any [list]: {line}")).Add(line);
            }
        }

        static string Character(string setting) => setting switch { "space" => " ", "none" => "", _ => setting };
        var grammar = new ArticleGrammar(
            language,
            lists.ToDictionary(l => l.Key, l => l.Value.ToArray(), StringComparer.Ordinal),
            Character(settings["group"]),
            Character(settings["decimal"]),
            Character(settings["percent"]) + "%");
        grammar.CheckReferences();
        return grammar;
    }

    /// <summary>A random entry of <paramref name="list"/>, expanded.</summary>
    public string Expand(string list, Random random, IReadOnlyDictionary<string, string> topic)
    {
        var builder = new StringBuilder();
        Append(builder, Pick(list, random), random, topic, depth: 0);
        return builder.ToString();
    }

    /// <summary>A random entry of <paramref name="list"/>, unexpanded (the topic picks).</summary>
    public string Pick(string list, Random random)
    {
        var entries = _lists.TryGetValue(list, out var found) ? found : throw new KeyNotFoundException($"grammar.{Language}: no list [{list}]");
        return entries[random.Next(entries.Length)];
    }

    void Append(StringBuilder builder, string template, Random random, IReadOnlyDictionary<string, string> topic, int depth)
    {
        if (depth > 12)
        {
            throw new InvalidOperationException($"grammar.{Language}: lists refer to each other without end near '{template}'");
        }

        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '{')
            {
                var end = template.IndexOf('}', i);
                AppendSlot(builder, template[(i + 1)..end], random, topic, depth);
                i = end;
            }
            else if (c == '(')
            {
                var end = template.IndexOf(')', i);
                var choices = template[(i + 1)..end].Split('|');
                Append(builder, choices[random.Next(choices.Length)], random, topic, depth + 1);
                i = end;
            }
            else
            {
                builder.Append(c);
            }
        }
    }

    void AppendSlot(StringBuilder builder, string slot, Random random, IReadOnlyDictionary<string, string> topic, int depth)
    {
        if (slot == "%")
        {
            builder.Append(Percent);
        }
        else if (slot == "#year")
        {
            builder.Append(random.Next(2015, 2026).ToString(CultureInfo.InvariantCulture));
        }
        else if (slot.StartsWith("#n:", StringComparison.Ordinal) || slot.StartsWith("#d:", StringComparison.Ordinal))
        {
            var bounds = slot[3..].Split(':');
            var low = int.Parse(bounds[0], CultureInfo.InvariantCulture);
            var high = int.Parse(bounds[1], CultureInfo.InvariantCulture);
            var whole = random.Next(low, high + 1);
            builder.Append(Grouped(whole));
            if (slot[1] == 'd')
            {
                builder.Append(DecimalSeparator).Append(random.Next(1, 10).ToString(CultureInfo.InvariantCulture));
            }
        }
        else if (slot.StartsWith('@'))
        {
            builder.Append(topic.TryGetValue(slot[1..], out var picked) ? picked : throw new KeyNotFoundException($"grammar.{Language}: no topic {slot}"));
        }
        else
        {
            Append(builder, Pick(slot, random), random, topic, depth + 1);
        }
    }

    string Grouped(int value)
    {
        var digits = value.ToString(CultureInfo.InvariantCulture);
        if (digits.Length <= 4 && GroupSeparator == " ")
        {
            // French style writes 1800 or 1 800; both are common in the seeds.
            return value >= 1000 && value % 2 == 0 ? digits[..^3] + " " + digits[^3..] : digits;
        }

        var builder = new StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0)
            {
                builder.Append(GroupSeparator);
            }

            builder.Append(digits[i]);
        }

        return builder.ToString();
    }

    void CheckReferences()
    {
        foreach (var (name, entries) in _lists)
        {
            foreach (var entry in entries)
            {
                for (var start = entry.IndexOf('{'); start >= 0; start = entry.IndexOf('{', start + 1))
                {
                    var slot = entry[(start + 1)..entry.IndexOf('}', start)];
                    var list = slot.StartsWith('@') ? slot[1..] : slot;
                    if (!slot.StartsWith('#') && slot != "%" && !_lists.ContainsKey(list))
                    {
                        throw new FormatException($"grammar.{Language}: [{name}] refers to missing list [{list}] in '{entry}'");
                    }
                }
            }
        }
    }
}
