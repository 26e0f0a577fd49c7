namespace Pipeline.Analysis.Text;

/// <summary>
/// A token's folded form with its <see cref="WordIndex.Hash(int, char)"/>, as the tokenizer reads them in passing; empty
/// for a token longer than any word (<see cref="Vocabulary.MaxWordLength"/>), which no vocabulary knows.
/// </summary>
internal readonly ref struct FoldedWord(ReadOnlySpan<char> folded, int hash)
{
    public ReadOnlySpan<char> Folded { get; } = folded;

    public int Hash { get; } = hash;
}
