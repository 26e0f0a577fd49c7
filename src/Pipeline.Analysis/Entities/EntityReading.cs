namespace Pipeline.Analysis.Entities;

/// <summary>A mention found in one reading, over tokens First..Last; a role may be attached once every name is known.</summary>
internal sealed record FoundEntity(int First, int Last, KnownEntity Entity)
{
    public string? Role { get; set; }

    public bool IsNationality { get; init; }
}

/// <summary>
/// One pass over one text in one language: the tokens, which of them are taken by a mention, and the mentions found.
/// Each kind of mention is found by a finder of its own, in an order where what is surest takes its words first.
/// </summary>
internal sealed class EntityReading
{
    private readonly EntityTokenList tokens;

    // Function words are compared with their accents: folded, French "à" would read as the verb "a".
    private readonly string[] lower;
    private readonly bool[] taken;

    // Which tokens a person or an organisation covers, so that role reading asks in one step rather than over every
    // mention found so far.
    private readonly bool[] inPerson;
    private readonly bool[] inOrganisation;
    private readonly List<FoundEntity> found = [];

    public EntityReading(string text, EntityLexicon lexicon, EntityKnowledge knowledge)
    {
        Text = text;
        Lexicon = lexicon;
        Knowledge = knowledge;
        tokens = EntityTokens.TokenizeInThreadBuffer(text);
        taken = new bool[tokens.Count];
        inPerson = new bool[tokens.Count];
        inOrganisation = new bool[tokens.Count];
        lower = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            lower[i] = tokens[i].Lower;
        }
    }

    public string Text { get; }

    public EntityLexicon Lexicon { get; }

    public EntityKnowledge Knowledge { get; }

    public EntityTokenList Tokens => tokens;

    public int Count => tokens.Count;

    public IReadOnlyList<FoundEntity> Found => found;

    public IReadOnlyList<EntityMention> Read()
    {
        InstitutionFinder.Find(this);
        OrganisationHeadFinder.Find(this);
        KnownNameFinder.Find(this);
        OrganisationHeadFinder.FindByAdjectives(this);
        EquipmentModelFinder.Find(this);
        UnknownPersonFinder.FindSurnamesOfPeopleNamedInFull(this);
        UnknownPersonFinder.Find(this, fullNames: true);
        UnknownPersonFinder.FindSurnamesOfPeopleNamedInFull(this);
        UnknownPersonFinder.Find(this, fullNames: false);
        PlaceNounFinder.Find(this);
        RolePhrase.Attach(this);
        NationalityFinder.Find(this);
        return
        [
            .. found.OrderBy(f => f.First).Select(f =>
            {
                var start = tokens[f.First].Start;
                var end = tokens[f.Last].End;
                return new EntityMention(Text[start..end], start, end, f.Entity.Type, f.Entity.Canonical, f.Entity.Id, f.Role)
                {
                    IsNationality = f.IsNationality,
                };
            }),
        ];
    }

    /// <summary>A token's lower case with its accents, for comparing function words.</summary>
    public string Lower(int i) => lower[i];

    public bool IsTaken(int i) => taken[i];

    public bool InPerson(int i) => inPerson[i];

    public bool InOrganisation(int i) => inOrganisation[i];

    public void Take(int first, int last, KnownEntity entity, bool nationality = false)
    {
        for (var i = first; i <= last; i++)
        {
            taken[i] = true;
            inPerson[i] |= entity.Type == EntityType.Person;
            inOrganisation[i] |= entity.Type == EntityType.Organisation;
        }

        found.Add(new FoundEntity(first, last, entity) { IsNationality = nationality });
    }

    public bool Free(int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (taken[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Two neighbouring tokens belong to one name only when nothing but a space, apostrophe or hyphen parts them.</summary>
    public bool Joined(int left) =>
        !BreakAfter(left) && !CommaAfter(left) && tokens[left + 1].Start - tokens[left].End <= 2;

    /// <summary>Whether the text between a token and the next ends a sentence or a quotation.</summary>
    public bool BreakAfter(int left) => EntityTokens.BreaksPhrase(Text, tokens[left].End, tokens[left + 1].Start);

    public bool CommaAfter(int left) => EntityTokens.HasComma(Text, tokens[left].End, tokens[left + 1].Start);

    /// <summary>The text from the first token's start to the last token's end.</summary>
    public string Span(int first, int last) => Text[tokens[first].Start..tokens[last].End];

    /// <summary>"Malyar", "DUPONT" after a title: a free capitalised word that is no function word, nationality or role.</summary>
    public bool LooksLikeNamePart(int i, bool capitalsAllowed = false) =>
        !taken[i]
        && (tokens[i].IsTitleCase || (capitalsAllowed && tokens[i].IsAllCaps && tokens[i].Text.Length > 1))
        && !Lexicon.NotNames.Contains(tokens[i].Folded)
        && !Lexicon.Nationalities.ContainsKey(tokens[i].Folded)
        && !Lexicon.Roles.Contains(tokens[i].Folded);
}
