using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Figures;

/// <summary>
/// Unit symbols read in the exact case they are written with, from Figures/Resources/units/{language}.tsv (generated from
/// quantulum3's unit list): "450 Nm" is a torque where "450 nm" is a wavelength, "4,500 mAh" a battery's charge. A
/// symbol the hand-written [unit] table spells the same way is left to that table, which names its unit already. The
/// same file's unit names ("gigapascals") go to the [unit] table, read in any case; <see cref="Names"/> holds them.
/// One-letter symbols ("3 V", "12 C", from the lexicon's [letter-unit]) are read more warily still: right after digits,
/// not before a capitalised word ("Hits 40 C In" is a headline's Title Case) or a number ("2 V 1" is a score), nor glued
/// to a hyphen or sign after them ("2 C-sections").
/// </summary>
internal sealed class CaseExactUnits
{
    // Looked up by span, so a word after a number is tried without allocating.
    private readonly Dictionary<string, UnitSense>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private readonly Dictionary<string, UnitSense>.AlternateLookup<ReadOnlySpan<char>> letters;

    private CaseExactUnits(Dictionary<string, UnitSense> symbols, Dictionary<string, UnitSense> letterSymbols, List<(string Name, UnitSense Sense)> names)
    {
        lookup = symbols.GetAlternateLookup<ReadOnlySpan<char>>();
        letters = letterSymbols.GetAlternateLookup<ReadOnlySpan<char>>();
        Names = names;
    }

    /// <summary>Unit names of the file that the hand-written table lacks ("gigapascal", "newton metres"), for the [unit] table.</summary>
    public IReadOnlyList<(string Name, UnitSense Sense)> Names { get; }

    /// <param name="language">The language whose Resources/units/{language}.tsv is read.</param>
    /// <param name="handWritten">The [unit] table's phrases, which keep the symbols they spell.</param>
    /// <param name="letterSymbols">The [letter-unit] section: each symbol and its sense.</param>
    public static CaseExactUnits Load(string language, IEnumerable<string> handWritten, IEnumerable<(string Symbol, UnitSense Sense)> letterSymbols)
    {
        var symbols = new Dictionary<string, UnitSense>(StringComparer.Ordinal);
        var letters = letterSymbols.ToDictionary(l => l.Symbol, l => l.Sense, StringComparer.Ordinal);
        var names = new List<(string, UnitSense)>();
        using var stream = typeof(CaseExactUnits).Assembly.GetManifestResourceStream($"Pipeline.Analysis.Figures.Resources.units.{language}.tsv");
        if (stream is not null)
        {
            var taken = new HashSet<string>(handWritten, StringComparer.Ordinal);
            var takenFolded = new HashSet<string>(taken.Select(TextFolding.Fold), StringComparer.Ordinal);
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                var fields = line.Split('\t');
                if (line.Length == 0 || line[0] == '#' || fields.Length < 4)
                {
                    continue;
                }

                var sense = new UnitSense(fields[2], Enum.Parse<FigureCategory>(fields[3]), false);
                if (fields[0] == "symbol" && !taken.Contains(fields[1]))
                {
                    symbols[fields[1]] = sense;
                }
                else if (fields[0] == "name" && !takenFolded.Contains(TextFolding.Fold(fields[1])))
                {
                    names.Add((fields[1], sense));
                }
            }
        }

        return new CaseExactUnits(symbols, letters, names);
    }

    /// <summary>Whether a word glued to a number is one of the symbols ("4500mAh"), so the number is a measure, not an identifier.</summary>
    public bool Contains(ReadOnlySpan<char> word) => lookup.ContainsKey(word) || letters.ContainsKey(word);

    /// <summary>The symbol at token <paramref name="at"/>, when it is one and stands alone ("30 dB", not "30 dBs").</summary>
    public bool Read(string text, List<Token> tokens, int at, out UnitSense sense, out int end)
    {
        sense = null!;
        end = at;
        if (at >= tokens.Count || tokens[at].Kind != TokenKind.Word
            || (at + 1 < tokens.Count && tokens[at + 1].Adjacent && tokens[at + 1].Kind is TokenKind.Word or TokenKind.Number))
        {
            return false;
        }

        var word = text.AsSpan(tokens[at].Start, tokens[at].Length);
        if (lookup.TryGetValue(word, out var found))
        {
            sense = found;
        }
        else if (letters.TryGetValue(word, out var letter) && IsLetterUnitAt(text, tokens, at))
        {
            sense = letter;
        }
        else
        {
            return false;
        }

        end = at + 1;
        return true;
    }

    private static bool IsLetterUnitAt(string text, List<Token> tokens, int at)
    {
        if (at == 0 || tokens[at - 1].Kind != TokenKind.Number)
        {
            return false;
        }

        if (at + 1 >= tokens.Count)
        {
            return true;
        }

        // "England 2 V 1" is a score.
        var next = tokens[at + 1];
        return next.Adjacent ? next.Kind == TokenKind.Symbol && text[next.Start] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']'
            : next.Kind != TokenKind.Number && !(next.Kind == TokenKind.Word && next.Upper && !next.LineStart);
    }
}
