using System.Buffers;
using System.Runtime.InteropServices;

namespace Pipeline.Analysis.Duplicates;

/// <summary>A later copy of a sentence that already appeared earlier in the same text.</summary>
/// <param name="Start">Offset of the copy in the text (UTF-16 code units).</param>
/// <param name="Length">Length of the copy.</param>
/// <param name="OriginalStart">Offset of the first occurrence, which is kept.</param>
public readonly record struct RepeatedPassage(int Start, int Length, int OriginalStart)
{
    /// <summary>Offset just after the copy.</summary>
    public int End => Start + Length;
}

/// <summary>
/// Sentences that a page repeats (a headline printed three times, a paragraph pasted twice), so that the
/// figures and claims inside them are counted once: analyse the whole text, then drop whatever starts inside a
/// <see cref="Repeats"/> range. Sentences are compared after <see cref="DuplicateText.Normalize"/>; sentences
/// shorter than <see cref="MinimumLength"/> normalised characters ("Lire aussi", "Attaque massive") are never
/// treated as repeats, since short phrases recur legitimately.
/// </summary>
public sealed class RepeatedPassages
{
    private static readonly SearchValues<char> PossibleEnds = SearchValues.Create("\n.!?…");

    /// <summary>Shortest normalised sentence that counts as a repeat.</summary>
    public const int MinimumLength = 20;

    private RepeatedPassages(IReadOnlyList<RepeatedPassage> repeats) => Repeats = repeats;

    /// <summary>Later copies, in text order.</summary>
    public IReadOnlyList<RepeatedPassage> Repeats { get; }

    /// <summary>Finds the repeated sentences of <paramref name="text"/>.</summary>
    public static RepeatedPassages In(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        var repeats = new List<RepeatedPassage>();

        // Sentences that normalise alike have the same letters and digits: only those that share them with another
        // sentence are normalised and compared.
        var sentences = SignedSentences(text);
        var counts = new Dictionary<int, int>(sentences.Count);
        foreach (var sentence in sentences)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, sentence.Signature, out _)++;
        }

        foreach (var (start, length, signature) in sentences)
        {
            if (counts[signature] < 2)
            {
                continue;
            }

            var key = DuplicateText.Normalize(text.Substring(start, length));
            if (key.Length < MinimumLength)
            {
                continue;
            }

            if (firstSeen.TryGetValue(key, out var original))
            {
                repeats.Add(new RepeatedPassage(start, length, original));
            }
            else
            {
                firstSeen.Add(key, start);
            }
        }

        return new RepeatedPassages(repeats);
    }

    /// <summary>Whether the character at <paramref name="offset"/> lies in a later copy (and should not be counted again).</summary>
    public bool IsRepeat(int offset)
    {
        foreach (var repeat in Repeats)
        {
            if (offset >= repeat.Start && offset < repeat.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text's ranges outside any later copy, as (start, length), in order.</summary>
    public IReadOnlyList<(int Start, int Length)> Kept(int textLength)
    {
        var kept = new List<(int Start, int Length)>();
        var position = 0;
        foreach (var repeat in Repeats)
        {
            if (repeat.Start > position)
            {
                kept.Add((position, repeat.Start - position));
            }

            position = repeat.End;
        }

        if (position < textLength)
        {
            kept.Add((position, textLength - position));
        }

        return kept;
    }

    // Sentences end at a line break, or at . ! ? … followed by whitespace; each is trimmed of surrounding whitespace. One
    // pass finds them and signs their letters, so that most sentences are read once; the letters between two possible
    // ends are signed in a loop of their own.
    private static List<(int Start, int Length, int Signature)> SignedSentences(string text)
    {
        var sentences = new List<(int Start, int Length, int Signature)>();
        var start = 0;
        var hash = 0;
        var composable = false;
        var i = 0;
        while (true)
        {
            var next = text.AsSpan(i).IndexOfAny(PossibleEnds);
            var stop = next < 0 ? text.Length : i + next;
            for (; i < stop; i++)
            {
                var letter = DuplicateText.SignatureLetterOf(text[i]);
                if (letter == DuplicateText.NeedsComposing)
                {
                    composable = true;
                }
                else if (letter != '\0')
                {
                    hash = DuplicateText.Sign(hash, letter);
                }
            }

            if (i < text.Length && text[i] != '\n' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                // "3.5", "Yahoo!News": a mark inside a word ends nothing, and writes no letter.
                i++;
                continue;
            }

            var end = i < text.Length && text[i] != '\n' ? i + 1 : i;
            var s = start;
            while (s < end && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            var e = end;
            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                // The closing mark ("…" too) writes no letter.
                sentences.Add((s, e - s, composable ? DuplicateText.LetterSignature(text, s, e - s) : hash));
            }

            if (i >= text.Length)
            {
                return sentences;
            }

            i++;
            start = i;
            hash = 0;
            composable = false;
        }
    }
}
