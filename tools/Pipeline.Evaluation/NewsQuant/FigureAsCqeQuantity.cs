using Pipeline.Analysis.Figures;

namespace Pipeline.Evaluation.NewsQuant;

/// <summary>
/// One of our figures as CQE's evaluation reads a system's output: a value (a range's two ends in the order written, a
/// bound's number) and a normalized unit (what the figure counts, its measure's unit, or "-" for a bare number).
/// </summary>
public static class FigureAsCqeQuantity
{
    public static CqeQuantity Of(Figure figure) => new(ValueOf(figure), UnitOf(figure), figure.Text);

    /// <summary>
    /// The stated value; else a range's low and high; else the one bound ("more than 230" is 230: CQE keeps the bound as a
    /// change, not in the value). CQE's gold writes a change "from 4.8 to 4.7 percent" as the range 4.8-4.7; the reader
    /// reports it as two figures, which no mapping can join, so it stays a miss.
    /// </summary>
    public static CqeValue ValueOf(Figure figure)
    {
        if (WrittenFraction(figure) is { } fraction)
        {
            return new CqeValue(fraction, null);
        }

        if (figure.Value is { } value)
        {
            return new CqeValue(value, null);
        }

        if (figure is { Low: { } low, High: { } high } && low != high)
        {
            return new CqeValue(low, high);
        }

        return new CqeValue(figure.Low ?? figure.High ?? double.NaN, null);
    }

    /// <summary>
    /// What the figure counts, as its lemma ("home", "job cut": CQE's noun units are the noun's lemma; "times" is CQE's
    /// "count"); else its measure's unit under CQE's name ("USD" is "dollar", "percent" is "percentage"); else "-", CQE's
    /// mark for a bare number.
    /// </summary>
    public static string UnitOf(Figure figure) =>
        WrittenFraction(figure) is not null ? "% " + (figure.Counted?.Lemma is { Length: > 0 } whole ? CqeUnitNames.Of(whole) : "-")
        : figure.Counted is { Lemma.Length: > 0, Per: { } per } rate ? CqeUnitNames.Of(rate.Lemma + " per " + per)
        : figure.Counted?.Lemma is { Length: > 0 } lemma ? CqeUnitNames.Of(lemma)
        : figure.Unit is { Length: > 0 } unit ? CqeUnitNames.Of(unit)
        : "-";

    /// <summary>
    /// A share read from a fraction ("a third", "almost half", "one out of three"), which we state in percent (33.3) and CQE
    /// as the fraction written (0.333) with the unit "% " and what it is a share of ("% -" when nothing is named): CQE's
    /// <c>CQE.py</c> builds such a unit as <c>"% " + norm_unit</c> when a fraction counts no unit of its own ("One out of three
    /// Germans"). Null for any other figure, and for a percentage written as one ("75 percent", "0.5%").
    /// </summary>
    private static double? WrittenFraction(Figure figure)
    {
        if (figure.Unit != "percent" || figure.Numbers is not [{ Value: > 0 and < 1 } written] || (figure.Value ?? figure.High ?? figure.Low) is not { } percent)
        {
            return null;
        }

        return Math.Abs(percent - (written.Value * 100)) < 1e-9 * Math.Max(1, percent) ? written.Value : null;
    }
}
