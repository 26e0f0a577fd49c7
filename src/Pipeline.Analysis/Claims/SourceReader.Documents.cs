using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>A document with its author, opening a clause or a sentence, says what the clause says; its author is the source.</summary>
internal sealed partial class SourceReader
{
    /// <summary>How many words may open a clause before the document that opens it ("Le dernier bilan", "Un précédent rapport").</summary>
    private const int DocumentLead = 2;

    /// <summary>
    /// "Le bilan établi par les secours s'élève à 9 morts", "Les chiffres de l'Insee montrent", "Les résultats publiés par la
    /// commission donnent": a document with its author opening a clause says what the clause says, whatever its verb; the
    /// author is the source, as after "selon".
    /// </summary>
    private bool DocumentFrame(int i, int first, int end, Figure? figure, out Attribution attribution)
    {
        attribution = default;
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var open = i;
        while (open > first && i - open < DocumentLead && !article.IsBreakAt(open - 1) && tokens[open - 1].Kind == TokenKind.Word)
        {
            open--;
        }

        if ((open > first && !article.IsBreakAt(open - 1)) || !lexicon.Documents.Match(tokens, i, out _, out var documentEnd)
            || (open < i && !lexicon.Determiners.Match(tokens, open, out _, out _)))
        {
            return false;
        }

        var author = names.FrameAuthor(documentEnd, end);
        if (author < 0)
        {
            return EarlierDocument(open, i, documentEnd, end, figure, out attribution);
        }

        // The author's name ends where the document's verb starts: "les chiffres de l'Insee | montrent".
        var limit = end;
        for (var k = author + 1; k < end && !article.IsBreakAt(k); k++)
        {
            if (!tokens[k].Upper && (lexicon.DocumentVerbs.Match(tokens, k, out _, out _) || lexicon.SourceVerbs.Match(tokens, k, out _, out _)
                || lexicon.CountVerbs.Match(tokens, k, out _, out _)))
            {
                limit = k;
                break;
            }
        }

        var kind = names.After(author, limit, inverted: false, out var nameStart, out var nameEnd);
        attribution = new Attribution(open, nameEnd, nameStart, nameEnd, kind, Introduced: true);
        return kind == SpeakerKind.Named && !article.Overlaps(nameStart, nameEnd, figure);
    }

    /// <summary>
    /// "An earlier estimate was for losses of as much as $14 billion", "A previous toll stood at 94", "Une précédente
    /// estimation était de 14 milliards": a document marked as an earlier one ([earlier]), with no author, that gives a level
    /// ([document-level]) is reported as written, a report set beside the article's current count.
    /// </summary>
    private bool EarlierDocument(int open, int document, int documentEnd, int end, Figure? figure, out Attribution attribution)
    {
        attribution = default;
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var earlier = false;
        for (var k = open; k < document && !earlier; k++)
        {
            earlier = lexicon.EarlierMarks.Match(tokens, k, out _, out _);
        }

        var verb = documentEnd < end && lexicon.Auxiliaries.Match(tokens, documentEnd, out _, out var auxiliaryEnd) ? auxiliaryEnd : documentEnd;
        if (!earlier || verb >= end || !lexicon.DocumentLevels.Match(tokens, verb, out _, out _))
        {
            return false;
        }

        attribution = new Attribution(open, documentEnd, open, documentEnd, SpeakerKind.Named);
        return !article.Overlaps(open, documentEnd, figure);
    }

    /// <summary>How many words may stand between the preposition and the document that opens a sentence ("Dans le précédent | rapport").</summary>
    private const int DocumentOpeningLead = 3;

    /// <summary>
    /// "Dans le précédent rapport de Santé publique France, celle-ci s'élevait à 241", "In a report released Tuesday by the
    /// agency, 241 cases were recorded": a document with its author, in a phrase that opens the sentence ([document-opening])
    /// and ends on a comma, says what the sentence says; its author is the source, as after "selon"/"according to".
    /// </summary>
    private Attribution? DocumentOpening(SentenceSpan sentence, Figure figure)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var (first, end) = article.TokenRange(sentence);
        var start = article.SkipLeadingStrip(first, end);
        if (!lexicon.DocumentOpenings.Match(tokens, start, out _, out var lead))
        {
            return null;
        }

        var document = lead;
        while (document < end && document - lead < DocumentOpeningLead && tokens[document] is { Kind: TokenKind.Word, Upper: false }
            && !lexicon.Documents.Match(tokens, document, out _, out _))
        {
            document++;
        }

        if (document >= end || !lexicon.Documents.Match(tokens, document, out _, out var documentEnd))
        {
            return null;
        }

        var comma = documentEnd;
        while (comma < end && !article.IsBreakAt(comma) && tokens[comma].Kind != TokenKind.Number)
        {
            comma++;
        }

        if (comma >= end || !article.IsComma(comma) || article.LowerBound(figure.Start) <= comma)
        {
            return null;
        }

        var author = names.FrameAuthor(documentEnd, comma);
        return author >= 0 && names.After(author, comma, inverted: false, out var nameStart, out var nameEnd) == SpeakerKind.Named
            && !article.Overlaps(nameStart, nameEnd, figure)
            ? new Attribution(start, nameEnd, nameStart, nameEnd, SpeakerKind.Named, Introduced: true)
            : null;
    }
}
