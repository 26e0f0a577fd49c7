using System.Globalization;

namespace Pipeline.Evaluation.News;

/// <summary>The counts behind every measure of one part of the set (a language and a split).</summary>
public sealed class NewsScore
{
    public int Articles { get; set; }

    /// <summary>Articles whose detected language is not the gold file's.</summary>
    public int LanguageMismatches { get; set; }

    public int GoldFigures { get; set; }

    public int ProgramFigures { get; set; }

    public int Matched { get; set; }

    public int ValueRight { get; set; }

    /// <summary>Matched figures whose gold names a counted thing.</summary>
    public int CountedJudged { get; set; }

    public int CountedRight { get; set; }

    /// <summary>Gold figures that should become a claim.</summary>
    public int GoldClaims { get; set; }

    /// <summary>Of those, the ones matched by a program figure that became a claim; source, modality and subject are judged on these.</summary>
    public int ClaimsFound { get; set; }

    public int SourceRight { get; set; }

    public int ModalityRight { get; set; }

    public int SubjectRight { get; set; }

    public int NonFigures { get; set; }

    /// <summary>Non-figures overlapped by a program figure that matches no gold figure.</summary>
    public int FalseOnNonFigures { get; set; }

    /// <summary>Adds another part's counts to these, so that parts pool into one score.</summary>
    public void Add(NewsScore other)
    {
        Articles += other.Articles;
        LanguageMismatches += other.LanguageMismatches;
        GoldFigures += other.GoldFigures;
        ProgramFigures += other.ProgramFigures;
        Matched += other.Matched;
        ValueRight += other.ValueRight;
        CountedJudged += other.CountedJudged;
        CountedRight += other.CountedRight;
        GoldClaims += other.GoldClaims;
        ClaimsFound += other.ClaimsFound;
        SourceRight += other.SourceRight;
        ModalityRight += other.ModalityRight;
        SubjectRight += other.SubjectRight;
        NonFigures += other.NonFigures;
        FalseOnNonFigures += other.FalseOnNonFigures;
    }

    public static string Ratio(int part, int whole) =>
        whole == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:0.0} % ({part}/{whole})");
}
