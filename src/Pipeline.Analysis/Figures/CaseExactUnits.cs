using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Figures;

/// <summary>
/// Unit symbols read in the exact case they are written with, from Figures/Resources/units/{language}.tsv (generated from
/// quantulum3's unit list): "450 Nm" is a torque where "450 nm" is a wavelength, "4,500 mAh" a battery's charge. A
/// symbol the hand-written [unit] table spells the same way is left to that table, which names its unit already.
/// </summary>
internal sealed class CaseExactUnits
{
    // Looked up by span, so a word after a number is tried without allocating.
    private readonly Dictionary<string, UnitSense>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private CaseExactUnits(Dictionary<string, UnitSense> symbols) => lookup = symbols.GetAlternateLookup<ReadOnlySpan<char>>();

    public static CaseExactUnits Load(string language, IEnumerable<string> handWritten)
    {
        var symbols = new Dictionary<string, UnitSense>(StringComparer.Ordinal);
        using var stream = typeof(CaseExactUnits).Assembly.GetManifestResourceStream($"Pipeline.Analysis.Figures.Resources.units.{language}.tsv");
        if (stream is not null)
        {
            var taken = new HashSet<string>(handWritten, StringComparer.Ordinal);
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                var fields = line.Split('\t');
                if (line.Length == 0 || line[0] == '#' || fields.Length < 3 || taken.Contains(fields[0]))
                {
                    continue;
                }

                symbols[fields[0]] = new UnitSense(fields[1], Enum.Parse<FigureCategory>(fields[2]), false);
            }
        }

        return new CaseExactUnits(symbols);
    }

    /// <summary>Whether a word glued to a number is one of the symbols ("4500mAh"), so the number is a measure, not an identifier.</summary>
    public bool Contains(ReadOnlySpan<char> word) => lookup.ContainsKey(word);

    /// <summary>The symbol at token <paramref name="at"/>, when it is one and stands alone ("30 dB", not "30 dBs").</summary>
    public bool Read(string text, List<Token> tokens, int at, out UnitSense sense, out int end)
    {
        sense = null!;
        end = at;
        if (at >= tokens.Count || tokens[at].Kind != TokenKind.Word || !lookup.TryGetValue(text.AsSpan(tokens[at].Start, tokens[at].Length), out var found)
            || (at + 1 < tokens.Count && tokens[at + 1].Adjacent && tokens[at + 1].Kind is TokenKind.Word or TokenKind.Number))
        {
            return false;
        }

        sense = found;
        end = at + 1;
        return true;
    }
}
