namespace Pipeline.Analysis.Text;

/// <summary>Splits text into words, digit runs and symbols in one pass, with no per-token allocation.</summary>
internal static class Tokenizer
{
    public static void Tokenize(string text, Vocabulary vocabulary, List<Token> into)
    {
        into.Clear();
        Scan(text, new OneVocabulary(text, vocabulary, into));
    }

    /// <summary>Reads the text once for two lexicons: <paramref name="first"/> gets ids of the pair's first vocabulary, <paramref name="second"/> of its second.</summary>
    public static void Tokenize(string text, VocabularyPair pair, List<Token> first, List<Token> second)
    {
        first.Clear();
        second.Clear();
        Scan(text, new TwoVocabularies(text, pair, first, second));
    }

    private static void Scan<TSink>(string text, TSink sink)
        where TSink : ITokenSink
    {
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

            sink.Add(new Token(start, i, kind, -1, space, line, char.IsUpper(c)));
            space = false;
            line = false;
        }
    }

    /// <summary>Where the scan puts each token, with the id it reads for it.</summary>
    private interface ITokenSink
    {
        void Add(Token token);
    }

    private readonly struct OneVocabulary(string text, Vocabulary vocabulary, List<Token> into) : ITokenSink
    {
        public void Add(Token token) => into.Add(token with { Id = vocabulary.Find(text.AsSpan(token.Start, token.Length)) });
    }

    private readonly struct TwoVocabularies(string text, VocabularyPair pair, List<Token> first, List<Token> second) : ITokenSink
    {
        public void Add(Token token)
        {
            var (inFirst, inSecond) = pair.Find(text.AsSpan(token.Start, token.Length));
            first.Add(token with { Id = inFirst });
            second.Add(token with { Id = inSecond });
        }
    }
}
