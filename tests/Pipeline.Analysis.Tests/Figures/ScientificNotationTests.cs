using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>Powers of a base written with a times sign, as science writes them; a plain "5x10" is a size, not a power.</summary>
public sealed class ScientificNotationTests
{
    [Theory]
    [InlineData("a factor of 2.48×10−5 was found", 2.48e-5, null)]
    [InlineData("a density of 5.5x10-3 kg/cm³", 5.5e-3, "kg per cm3")]
    [InlineData("exactly 8x2^10 bits", 8 * 1024.0, "bit")]
    [InlineData("about 1.3x10^6 people", 1.3e6, "person")]
    public void A_times_sign_and_a_power_scale_the_number(string text, double value, string? unit)
    {
        var quantity = ArticleFigures.Of(text, "en").First(q => q.Value != 0);

        Assert.Equal(value, quantity.Value!.Value, value * 1e-9);
        Assert.Equal(unit, quantity.Unit);
    }

    [Fact]
    public void A_size_written_with_a_times_sign_is_not_a_power()
    {
        Assert.DoesNotContain(ArticleFigures.Of("a room of 5x10 m", "en"), q => q.Value is 50 or 5e10);
    }
}
