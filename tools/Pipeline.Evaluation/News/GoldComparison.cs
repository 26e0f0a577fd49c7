using System.Globalization;
using System.Text;
using Pipeline.Analysis.Claims;
using Pipeline.Analysis.Figures;

namespace Pipeline.Evaluation.News;

/// <summary>How a program's figure or claim is judged against its gold figure, one rule per measure.</summary>
public static class GoldComparison
{
    /// <summary>
    /// Value and bounds: the same value, low and high (a program bound equal to its own value counts as no bound). A
    /// percentage may be given as written (75) or as a fraction (0.75). Whether the figure is marked approximate is not
    /// judged here.
    /// </summary>
    public static bool ValueRight(GoldFigure gold, Figure program)
    {
        var low = program.Low == program.Value ? null : program.Low;
        var high = program.High == program.Value ? null : program.High;
        return Same(1) || (gold.Category == "percentage" && Same(0.01));

        bool Same(double scale) =>
            Equal(Scaled(gold.Value, scale), program.Value) && Equal(Scaled(gold.Low, scale), low) && Equal(Scaled(gold.High, scale), high);
    }

    /// <summary>
    /// The counted thing: the program's lemma equals the gold lemma or its English unit, or the program's language-neutral
    /// unit equals the gold lemma, the gold unit or the category's canonical name (compared in lower case with accents
    /// kept, typographic apostrophes and spacing folded).
    /// </summary>
    public static bool CountedRight(GoldFigure gold, string? programLemma, string? programUnit)
    {
        var names = new[] { gold.Lemma, gold.Unit }.Select(Fold).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var unitNames = names.Append(Fold(GoldCategory.CanonicalName(gold.Category))).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return (Fold(programLemma) is { } lemma && names.Contains(lemma))
            || (Fold(programUnit) is { } unit && unitNames.Contains(unit));
    }

    /// <summary>
    /// The source: both absent; or the program's source holds the gold name's head word and no word beyond the gold
    /// name and its written title or role ("U.S. Secretary of State Antony Blinken" for "Antony Blinken" with the role
    /// "U.S. Secretary of State"; not "he", not "the Office of the").
    /// </summary>
    public static bool SourceRight(GoldFigure gold, string? programSource)
    {
        if (gold.Source is null || programSource is null)
        {
            return gold.Source is null && programSource is null;
        }

        var allowed = NameTokens.Of(gold.Source).Concat(NameTokens.Of(gold.SourceRole)).ToHashSet(StringComparer.Ordinal);
        var words = NameTokens.Of(programSource);
        return NameTokens.Head(gold.Source) is { } head && words.Contains(head) && words.All(allowed.Contains);
    }

    public static bool ModalityRight(GoldFigure gold, ClaimModality programModality) =>
        string.Equals(gold.Modality, programModality.ToString(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The subject: both absent, or one's head word is among the other's words ("Biden-Harris Administration" for "The Biden-Harris Administration").</summary>
    public static bool SubjectRight(string? gold, string? program)
    {
        if (gold is null || program is null)
        {
            return gold is null && program is null;
        }

        return (NameTokens.Head(gold) is { } goldHead && NameTokens.Of(program).Contains(goldHead))
            || (NameTokens.Head(program) is { } programHead && NameTokens.Of(gold).Contains(programHead));
    }

    private static double? Scaled(double? value, double scale) => value * scale;

    private static bool Equal(double? a, double? b) =>
        a is null || b is null ? a is null && b is null : Math.Abs(a.Value - b.Value) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a.Value), Math.Abs(b.Value)));

    private static string? Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var folded = string.Join(' ', text.Normalize(NormalizationForm.FormC).Replace('’', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return folded.ToLower(CultureInfo.InvariantCulture);
    }
}
