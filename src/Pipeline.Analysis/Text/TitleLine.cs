using System.Collections.Concurrent;

namespace Pipeline.Analysis.Text;

/// <summary>
/// A headline set in Title Case or in capitals ("Prices Rise 3% in January, Labor Department Says", "RUSSIA MASSES
/// TANKS"): a capital there marks no name, as it does in running text, so the readers that take a capital for a name
/// ask this first. A headline written as a sentence ("Ukraine : la Russie aurait massé 1 800 chars", the French habit)
/// is no title line: its capitals do mark names. Read from Text/Resources/{language}.txt: the short words Title Case
/// leaves in lower case ([title-small-word]).
/// </summary>
internal sealed class TitleLine
{
    /// <summary>A line longer than this is a paragraph, however many of its words are capitalised.</summary>
    public const int MaxTokens = 40;

    /// <summary>How long a word must be to tell Title Case by its capital: shorter ones ("to", "in", "of", "les") stay
    /// lower case in many titles.</summary>
    public const int WordLength = 4;

    /// <summary>How many such words a title must hold: "Ukraine" or "Breaking News" alone says nothing of the case.</summary>
    public const int MinWords = 3;

    private static readonly ConcurrentDictionary<string, TitleLine> Cache = new(StringComparer.OrdinalIgnoreCase);

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> smallWords;

    public TitleLine(IEnumerable<string> smallWords) =>
        this.smallWords = new HashSet<string>(smallWords, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The title lines of a language code ("fr", "en", "fr-FR"); a language without a resource has no small words.</summary>
    public static TitleLine For(string language)
    {
        var code = language.Length >= 2 ? language[..2].ToLowerInvariant() : language.ToLowerInvariant();
        return Cache.GetOrAdd(code, static c =>
        {
            var file = LexiconFile.Load(typeof(TitleLine).Assembly, $"Pipeline.Analysis.Text.Resources.{c}.txt");
            return new TitleLine(file is null ? [] : file["title-small-word"].Select(e => e.Phrase));
        });
    }

    /// <summary>
    /// Whether the line holding token <paramref name="token"/> is a title: at most <see cref="MaxTokens"/> tokens, not ended by
    /// a full stop, and of its words of <see cref="WordLength"/> letters or more (a small word in lower case aside), at least
    /// <see cref="MinWords"/>, three in four of them capitalised.
    /// </summary>
    public bool Holds(string text, List<Token> tokens, int token)
    {
        var start = token;
        while (start > 0 && !tokens[start].LineStart)
        {
            if (token - start >= MaxTokens)
            {
                return false;
            }

            start--;
        }

        var end = start + 1;
        while (end < tokens.Count && !tokens[end].LineStart)
        {
            if (end - start >= MaxTokens)
            {
                return false;
            }

            end++;
        }

        // "The Russian Orthodox Church has 40,000 parishes." is as capitalised, but a title ends on no full stop.
        var last = end - 1;
        while (last > start && tokens[last].Kind == TokenKind.Symbol && text[tokens[last].Start] is '"' or '\'' or '”' or '’' or '»' or ')')
        {
            last--;
        }

        if (tokens[last].Kind == TokenKind.Symbol && text[tokens[last].Start] == '.')
        {
            return false;
        }

        int words = 0, capitalised = 0;
        for (var k = start; k < end; k++)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word || t.Length < WordLength)
            {
                continue;
            }

            if (t.Upper)
            {
                capitalised++;
            }
            else if (smallWords.Contains(text.AsSpan(t.Start, t.Length)))
            {
                continue;
            }

            words++;
        }

        return words >= MinWords && capitalised * 4 >= words * 3;
    }
}
