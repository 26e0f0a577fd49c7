namespace Pipeline.Analysis.Text;

/// <summary>Splits text into words, digit runs and symbols in one pass, with no per-token allocation.</summary>
internal static class Tokenizer
{
    public static void Tokenize(string text, Vocabulary vocabulary, List<Token> into)
    {
        into.Clear();
        var i = 0;
        var space = true;
        var line = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                if (c is '\n' or '\r' or '\u2028' or '\u2029')
                {
                    line = true;
                }

                i++;
                continue;
            }

            var start = i;
            TokenKind kind;
            if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                kind = TokenKind.Number;
            }
            else if (char.IsLetter(c))
            {
                while (i < text.Length)
                {
                    var d = text[i];
                    if (char.IsLetter(d) || d == '\u0301')
                    {
                        i++;
                    }
                    else if (TextFolding.IsApostrophe(d) && (i + 1 == text.Length || char.IsLetter(text[i + 1])))
                    {
                        // French elision: "d'artillerie" reads as "d'" + "artillerie" (a lexicon phrase may end in "d'").
                        i++;
                        break;
                    }
                    else
                    {
                        break;
                    }
                }

                kind = TokenKind.Word;
            }
            else
            {
                i++;
                kind = TokenKind.Symbol;
            }

            var id = vocabulary.Find(text.AsSpan(start, i - start));
            into.Add(new Token(start, i, kind, id, space, line, char.IsUpper(c)));
            space = false;
            line = false;
        }
    }
}
