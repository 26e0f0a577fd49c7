namespace Pipeline.Analysis.Languages;

/// <summary>
/// ELD's languages for one text by descending score (ties by model order), read from the raw scores in place, and
/// whether eld would call the first one reliable.
/// </summary>
internal readonly ref struct EldRanking
{
    private readonly EldModel model;
    private readonly ReadOnlySpan<int> scores;
    private readonly int ngramCount;
    private readonly int top;

    public EldRanking(EldModel model, ReadOnlySpan<int> scores, int ngramCount)
    {
        this.model = model;
        this.scores = scores;
        this.ngramCount = ngramCount;
        top = -1;
        var second = -1;
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] <= 0)
            {
                continue;
            }

            Count++;
            if (top < 0 || scores[i] > scores[top])
            {
                second = top;
                top = i;
            }
            else if (second < 0 || scores[i] > scores[second])
            {
                second = i;
            }
        }

        // eld's test: enough n-grams, a top score near the language's usual one, and a lead over the runner-up.
        // (eld 2.1.0 compares the lead with the runner-up's index rather than its score; the intended test is used.)
        var topScore = top < 0 ? 0 : EldModel.Scaled(scores[top], ngramCount);
        var secondScore = second < 0 ? 0 : EldModel.Scaled(scores[second], ngramCount);
        Reliable = top >= 0
                   && ngramCount >= 3
                   && topScore >= model.AverageScores[top] * 0.75
                   && topScore - secondScore >= 0.01;
    }

    /// <summary>How many languages scored at all.</summary>
    public int Count { get; }

    public bool Reliable { get; }

    public string Top => top < 0 ? LanguageGuess.Undetermined : model.Codes[top];

    /// <summary>The languages that scored, best first, with eld's 0-1 score.</summary>
    public Enumerator GetEnumerator() => new(this);

    /// <summary>Whether the code is among the first <paramref name="count"/> languages that scored.</summary>
    public bool RanksAmongFirst(string code, int count)
    {
        foreach (var (ranked, _) in this)
        {
            if (ranked == code)
            {
                return true;
            }

            if (--count == 0)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The best-ranked language whose alphabet fits the text (see <see cref="CyrillicAlphabet"/>), if any.</summary>
    public string? FirstFitting(ReadOnlySpan<char> text)
    {
        foreach (var (code, _) in this)
        {
            if (CyrillicAlphabet.Fits(code, text))
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>Selection by repeated maximum: at most 64 languages, and callers rarely read past the first few.</summary>
    public ref struct Enumerator(EldRanking ranking)
    {
        private readonly EldRanking ranking = ranking;
        private ulong taken;
        private int current = -1;

        public readonly (string Code, double Score) Current =>
            (ranking.model.Codes[current], EldModel.Scaled(ranking.scores[current], ranking.ngramCount));

        public bool MoveNext()
        {
            current = -1;
            for (var i = 0; i < ranking.scores.Length; i++)
            {
                if (ranking.scores[i] > 0 && (taken & (1UL << i)) == 0 && (current < 0 || ranking.scores[i] > ranking.scores[current]))
                {
                    current = i;
                }
            }

            if (current < 0)
            {
                return false;
            }

            taken |= 1UL << current;
            return true;
        }
    }
}
