using Pipeline.Worker.Ingest;
using Xunit;

namespace Pipeline.Worker.Tests.Ingest;

public class PublishedDateTests
{
    [Theory]
    [InlineData("2023", "2023")]
    [InlineData("2023-02", "2023-02")]
    [InlineData(" 2023-02-14 ", "2023-02-14")]
    [InlineData("2023-02-14T08:30:00Z", "2023-02-14T08:30:00Z")]
    [InlineData("2023-02-14T08:30:00+01:00", "2023-02-14T08:30:00+01:00")]
    [InlineData("Tue, 14 Feb 2023 08:30:00 GMT", "2023-02-14T08:30:00+00:00")]
    [InlineData("February 14, 2023", "2023-02-14")]
    public void Dates_come_out_as_iso_8601_keeping_their_precision(string input, string expected)
    {
        Assert.Equal(expected, PublishedDate.Normalize(input));
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("2023-13")]
    [InlineData("2023-02-29")]
    [InlineData("0999")]
    public void Impossible_dates_are_dropped(string input)
    {
        Assert.Null(PublishedDate.Normalize(input));
    }
}
