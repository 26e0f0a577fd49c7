using System.Text;

namespace Pipeline.Worker.Ingest;

/// <summary>Brings text to the form every later stage counts offsets in: Unicode NFC and <c>\n</c> line endings.</summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var unified = text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
        return unified.IsNormalized(NormalizationForm.FormC) ? unified : unified.Normalize(NormalizationForm.FormC);
    }
}
