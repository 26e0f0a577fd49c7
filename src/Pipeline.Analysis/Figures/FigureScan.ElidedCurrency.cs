using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Figures;

/// <summary>
/// "un bénéfice global record : 52,2 milliards", "a revenue of 4.2 billion": once an article has named the currency, it
/// leaves it out of the amounts that follow, which a noun of money before them still marks as money.
/// </summary>
internal readonly ref partial struct FigureScan
{
    /// <summary>
    /// At most this many tokens between a noun of money and the amount it governs ("le budget passe de 12 à 14 milliards",
    /// "le bénéfice opérationnel s'est replié de 2% à 2,7 milliards").
    /// </summary>
    private const int MoneyNounReach = 12;

    /// <summary>
    /// The currency of a scaled amount starting at <paramref name="start"/> that names no unit nor noun after it (whose
    /// first token after the number is <paramref name="after"/>): a noun of money governs it in its sentence, and the
    /// nearest amount of money before it, in its paragraph or the sentence before, says in which currency.
    /// </summary>
    private UnitSense? ElidedCurrency(int start, int after)
    {
        if (!MoneyNounGoverns(start) || ReadPhrase(CountedStart(after), out _))
        {
            return null;
        }

        // Sentence ends crossed: in the amount's paragraph any number of them; past it, only the one that closes the sentence before.
        var ends = 0;
        var paragraph = true;
        var k = start - 1;
        for (var j = findings.Count - 1; j >= 0; j--)
        {
            var earlier = findings[j];
            for (; k >= 0 && tokens[k].Start >= earlier.End; k--)
            {
                if (tokens[k].Kind == TokenKind.Symbol && text[tokens[k].Start] is '.' or '!' or '?' && !AbbreviationStop(k) && ++ends > 1 && !paragraph)
                {
                    return null;
                }

                if (tokens[k].LineStart)
                {
                    // When the amount's sentence opens its paragraph, the sentence before ends the paragraph before.
                    if (ends > 0 || !paragraph)
                    {
                        return null;
                    }

                    paragraph = false;
                }
            }

            if (earlier.Unit is { Category: FigureCategory.Money, Base: null } currency)
            {
                return currency;
            }

            k = TokenAt(earlier.Start) - 1;
        }

        return null;
    }

    /// <summary>Whether a noun of money ("bénéfice", "chiffre d'affaires", "revenue", "à hauteur de") stands a few tokens before <paramref name="start"/> in its sentence.</summary>
    private bool MoneyNounGoverns(int start)
    {
        for (var k = start; k > 0 && k > start - MoneyNounReach; k--)
        {
            if (lexicon.MoneyNouns.MatchBefore(tokens, k, out _, out _))
            {
                return true;
            }

            var previous = tokens[k - 1];
            if (tokens[k].LineStart || (previous.Kind == TokenKind.Symbol && text[previous.Start] is '.' or '!' or '?' or ';'))
            {
                return false;
            }
        }

        return false;
    }
}
