using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// Unit symbols of Resources/units/en.tsv (from quantulum3) are read after a number in their exact case: "450 Nm" is a
/// torque and "450 nm" a wavelength; the same letters in another case are not that unit.
/// </summary>
public sealed class CaseExactUnitTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("a battery of 4,500 mAh", 4500, "milliampere-hour")]
    [InlineData("a 4500mAh battery", 4500, "milliampere-hour")]
    [InlineData("lead came back at 15 ppb", 15, "parts-per-billion")]
    [InlineData("it produces 450 Nm of torque", 450, "newton metre")]
    [InlineData("a laser of 450 nm", 450, "nm")]
    [InlineData("the material reached 113 GPa", 113, "gigapascal")]
    [InlineData("a refresh rate of 120 Hz", 120, "hertz")]
    [InlineData("a 352 µm pixel pitch", 352, "micrometre")]
    [InlineData("add 50mL of acid", 50, "ml")]
    public void A_symbol_written_in_its_case_names_its_unit(string text, double value, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal(value, figure.Value);
        Assert.Equal(unit, figure.Unit);
        Assert.Null(figure.Counted);
    }

    [Theory]
    [InlineData("a battery of 4,500 MAH", "milliampere-hour")]
    [InlineData("lead came back at 15 PPB", "parts-per-billion")]
    [InlineData("a refresh rate of 120 HZ", "hertz")]
    [InlineData("he lives at 10 St James Street", "stere")]
    public void The_same_letters_in_another_case_are_not_that_unit(string text, string unit) =>
        Assert.DoesNotContain(Extractor.Extract(text, "en"), f => f.Unit == unit);
}
