using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>
/// Auxiliaries a language writes contracted onto the word before them ("It's expected to", "They're set to"): every
/// phrase of the sections named in [contracted-section] that opens on an auxiliary's full form ("is expected") also
/// opens on its contracted form ("s expected"), the tokenizer keeping the apostrophe with the word before.
/// </summary>
internal static class ContractedAuxiliaries
{
    public static void Expand(LexiconFile file)
    {
        var contracted = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (full, shortForm) in file["contracted-auxiliary"])
        {
            if (!string.IsNullOrEmpty(shortForm))
            {
                contracted[full] = shortForm;
            }
        }

        if (contracted.Count == 0)
        {
            return;
        }

        foreach (var (section, _) in file["contracted-section"])
        {
            foreach (var (phrase, value) in file[section].ToList())
            {
                var space = phrase.IndexOf(' ', StringComparison.Ordinal);
                if (space > 0 && contracted.TryGetValue(phrase[..space], out var shortForm))
                {
                    file.Prepend(section, shortForm + phrase[space..], value);
                }
            }
        }
    }
}
