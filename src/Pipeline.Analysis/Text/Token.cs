namespace Pipeline.Analysis.Text;

internal enum TokenKind : byte
{
    Word,
    Number,
    Symbol,
}

/// <summary>One token of an article: a word (letters, apostrophe kept at its end), a run of digits, or one symbol.</summary>
/// <param name="Start">UTF-16 offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Kind">Word, digits or symbol.</param>
/// <param name="Id">The folded form's id in the lexicon vocabulary, or -1 when the lexicon does not know it.</param>
/// <param name="SpaceBefore">Whitespace separates this token from the previous one.</param>
/// <param name="LineStart">A line break (or the text start) precedes this token.</param>
/// <param name="Upper">The token starts with an upper-case letter.</param>
internal readonly record struct Token(int Start, int End, TokenKind Kind, int Id, bool SpaceBefore, bool LineStart, bool Upper)
{
    public int Length => End - Start;

    public bool Adjacent => !SpaceBefore;
}
