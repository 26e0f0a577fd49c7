using Pipeline.Worker.Hosting;

namespace Pipeline.Worker.Tests.Operations;

public class ControlCharacterEscapingTests
{
    [Theory]
    [InlineData("plain name.txt", "plain name.txt")]
    [InlineData("évènement – « guillemets ».txt", "évènement – « guillemets ».txt")]
    [InlineData("evil\nFAKE LOG LINE.txt", "evil\\nFAKE LOG LINE.txt")]
    [InlineData("a\r\nb", "a\\r\\nb")]
    [InlineData("tab\there", "tab\\there")]
    [InlineData("escape \u001b[31mred", "escape \\u001B[31mred")]
    [InlineData("line\u2028separator", "line\\u2028separator")]
    [InlineData("invoice\u202Egnp.txt", "invoice\\u202Egnp.txt")]
    [InlineData("back\\slash\nnewline", "back\\slash\\nnewline")]
    public void A_name_is_logged_with_its_control_characters_escaped(string name, string logged)
    {
        Assert.Equal(logged, ControlCharacterEscaping.Escape(name));
    }
}
