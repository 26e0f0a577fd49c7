namespace Pipeline.Analysis.Figures;

/// <summary>A fate said between a number and the people it counts ("19 wounded troops", "two dead soldiers").</summary>
internal readonly ref partial struct FigureScan
{
    /// <summary>
    /// "19 wounded troops", "eight seriously injured people": the fate written in [<paramref name="from"/>,
    /// <paramref name="to"/>), between a number and the people it counts, which befalls them; null when none stands there.
    /// </summary>
    private UnitSense? FateBefore(int from, int to)
    {
        for (var q = from; q < to; q++)
        {
            if (lexicon.FateBefore.Match(tokens, q, out var fate, out var end) && end <= to)
            {
                return fate;
            }
        }

        return null;
    }
}
