namespace Pipeline.Evaluation.Recognizers;

/// <summary>
/// Spec cases we judge wrong, each with its reason. They are left out of both counts and listed in
/// docs/evaluation.md, never dropped silently.
/// </summary>
internal static class RecognizersExclusions
{
    public static readonly IReadOnlyList<(string File, string Input, string Reason)> Cases =
    [
        ("Number/French/NumberModel.json", "vingt et un cinquieme", "contradicts its accented twin 'vingt et un cinquième' = 4.2 in the same file; 'vingt et un' is 21, so 21/5"),
        ("Number/French/NumberModel.json", "cent trente cinquiemes", "contradicts its accented twin 'cent trente cinquièmes' = 100/35 in the same file"),
        ("Number/French/NumberModel.json", "cent trente-cinquième", "a fraction over one takes the plural, as the same file writes 'cent trente cinquièmes' = 100/35; the singular 'cent trente-cinquième' is the ordinal 135th, a rank ('la cent trente-cinquième édition')"),
        ("Number/French/NumberModel.json", "-92321312.0", "expected value -9.2321312 is not the number written (-92321312)"),
        ("Number/French/NumberModel.json", "43894.0", "expected value 0.75 is not the number written (43894)"),
        ("Number/French/NumberModel.json", "vingt et un trillions", "a French 'trillion' is 10^18 (long scale); the expected 21×10^12 reads it as the English trillion"),
        ("Number/French/NumberModel.json", "vingt et un trillions et trois cents", "a French 'trillion' is 10^18 (long scale); the expected 21×10^12 + 300 reads it as the English trillion"),
        ("Number/French/NumberModel.json", "40000 est équivalant à\u00A040 000", "expects the same span (offset 23) twice and misses '40000' at offset 0"),
        ("Number/French/NumberModel.json", "cent et trente cinquièmes", "reads 'cent et trente' as 130, while the same file reads 'cent et trois quarts' as 100 + 3/4 and 'vingt et trois cinquiemes' as 20 + 3/5"),
        ("Number/French/NumberModel.json", "cent et trente-deux cinquièmes", "reads 'cent et trente-deux' as 132, while the same file reads 'cent et trois quarts' as 100 + 3/4"),
        ("Number/French/NumberModel.json", "cent et trente et deux cinquièmes", "reads 'cent et trente' as 130, while the same file reads 'cent et trois quarts' as 100 + 3/4"),
        ("Number/French/NumberModel.json", "un cent et un cinquième", "expects 1/105, while the same file reads 'trois et un cinquieme' as 3 + 1/5 (here 100 + 1/5)"),
        ("Number/French/NumberModel.json", "cent mille cinquièmes", "expects 100/1005, while the same file reads 'cent trente deux cinquièmes' as the whole number over the ordinal (132/5); here 100000/5"),
        ("Number/French/NumberModel.json", "quatre-vingt-dix-cinq cent cinquièmes", "'quatre-vingt-dix-cinq' is not a French number (95 is quatre-vingt-quinze), and 9500/5 contradicts 'un cent cinquième' = 1/105"),
        ("Number/French/NumberModel.json", "La réponse est de négative quatre-vingt-dix-cinq cent cinquièmes", "'quatre-vingt-dix-cinq' is not a French number (95 is quatre-vingt-quinze)"),
        ("Number/French/NumberModel.json", "La réponse est de négative quatre-vingt-quinze à cinq cent cinquièmes", "expects one number across 'à' ('95 à 500/5'), which joins two numbers"),
        ("Number/French/NumberModel.json", "trois vingt premières", "'premières' is 'first', not 'vingt-et-unième'; the expected 3/21 is not what is written"),
        ("Number/French/NumberModel.json", "vingt et trois et trois cinquiemes", "'vingt et trois' is not French for 23 (vingt-trois), and the same file reads 'vingt et trois cinquiemes' as 20 + 3/5"),
        ("Number/French/NumberModel.json", "vingt et trois et trois cinquièmes", "'vingt et trois' is not French for 23 (vingt-trois), and the same file reads 'vingt et trois cinquièmes' as 20 + 3/5"),
        ("Number/French/NumberModel.json", "Avez-vous le temps de se rencontrer le 17/05/2018 ?", "expects the text '5' at offset 43 for '05', a span with its leading zero dropped"),
        ("Number/French/NumberModel.json", "Mon numéro de téléphone est le +1-222-2222/2222", "expected offsets (22, 26) point into 'téléphone est', not at the digits"),
        ("Number/French/NumberModel.json", "le résultat est\u00A0de un sur six et parfois est de un sur deux", "expected offset 47 for the second 'un sur deux' points at the space before it (it starts at 48)"),
        ("Number/French/NumberModel.json", "un demi million", "expects 'demi million' without 'un', while the same file expects 'un demi-million' with it"),
        ("Number/French/NumberRangeModel.json", "Il y en a plus de 500 dans ces produits.", "expects 'plus de 500' to include 500 ([500,)), while the same file reads 'plus de trente', 'plus de 30', 'plus de 3000' as excluding the bound"),
        ("Number/French/NumberRangeModel.json", "égal ou supérieur à 30", "expects no range, while the same file reads the same words in 'Son score est égal ou supérieur à 30' as [30,)"),
        ("Number/French/NumberRangeModel.json", "égal ou inférieur à 30", "expects no range, while the same file reads the same words in 'Son score est égal ou inférieur à 30' as (,30]"),
        ("Number/French/NumberRangeModel.json", "Plus de 40 et moins de 10, moins de 10 et plus de 40 sont identiques", "expected offset 17 for the first 'moins de 10' falls inside the word (it starts at 14)"),
        ("Number/French/NumberRangeModel.json", "Le nombre varie de mille à mille cinq cents.", "includes 'de' in the span, while five other cases of the same file ('de 20 à 100', 'de 1000 à 5000', 'de 5000 à 20000') leave it out"),
        ("Number/French/NumberRangeModel.json", "Le nombre est passé de 200 à 3000000 en 2008", "reads a change as a range, and with 'de' in its span: after a verb of change 'de X à Y' gives the old and the new value, as the same file reads 'Le nombre est passé de 200 à 300 en 2008' (no range)"),
        ("Number/French/NumberRangeModel.json", "Il y en a environ 500 ou plus dans ces produits.", "includes the hedge 'environ' in the span, while the same file leaves it out of 'Ces pommes sont environ 20 à 100' and the English file leaves 'about' out of 'about five hundred or more'"),
        ("Number/French/NumberRangeModel.json", "Comment est-ce que tu trouve deux sur cinq ou plus", "expects the span 'cinq ou plus' with the value 0.4 read from 'deux sur cinq', a span that does not hold its value; the English file spans the whole proportion in 'How about 2 in 5 or more' = [0.4,)"),
        ("NumberWithUnit/English/CurrencyModel.json", "1 $10 dollars bill", "splits '$10 dollars' into the amount '$10' and a bare 'dollars', while the same file reads '1 $ 10 dollars bill' as the one amount '$ 10 dollars'; a space after the sign does not change what the words say"),
        ("Number/English/NumberRangeModel.json", "The number is from 200 to 300 in 2008", "expects no range, while the same file reads 'The number is from 200 to 3000000 in 2008' as [200,3000000)"),
        ("Number/French/NumberModel.json", "1\u202F234\u202F567,89 est un format numérique valide.", "counts the article 'un'/'une' as the number 1; an article counts nothing in news, as the same file itself holds for 'Réservez un siège de première classe', 'un/une' and '1m n'est pas un nombre'"),
        ("Number/French/NumberModel.json", "Je veux un crédit de €1000 sur 3 ans", "counts the article 'un'/'une' as the number 1; an article counts nothing in news, as the same file itself holds for 'Réservez un siège de première classe', 'un/une' and '1m n'est pas un nombre'"),
        ("Number/French/NumberModel.json", "sous la pluie et un vent glacial", "counts the article 'un'/'une' as the number 1; an article counts nothing in news, as the same file itself holds for 'Réservez un siège de première classe', 'un/une' and '1m n'est pas un nombre'"),
        ("Number/French/NumberModel.json", "et une bonne jour née", "counts the article 'un'/'une' as the number 1; an article counts nothing in news, as the same file itself holds for 'Réservez un siège de première classe', 'un/une' and '1m n'est pas un nombre'"),
        ("NumberWithUnit/French/CurrencyModel.json", "Fujitsu ltd. a dit qu'il veut retirer son offre d'une yen controversée de concevoir un système d'ordinateur de canalisation d'eau pour la ville de Hiroshima.", "counts the article 'une' as one yen; an article counts nothing in news (English 'one-yen', a numeral, is read)"),
        ("NumberWithUnit/French/CurrencyModel.json", "Ses parts(actions) ont glissé dans de dernières(tardives) transactions pour fermer un penny", "counts the article 'un' as one penny; an article counts nothing in news (English 'one penny', a numeral, is read)"),
        ("Number/French/NumberModel.json", "192.168.1.2", "an IP address is an identifier, not numbers"),
        ("Number/English/NumberModel.json", "192.168.1.2", "an IP address is an identifier, not numbers"),
        ("Number/French/NumberModel.json", "-4/5", "a slash between two small numbers standing alone is as often a date (3/4 is 3 April) or a name (9/11) in news; the article reader reads it as a fraction before a unit or 'of' ('1/4 mile', '3/4 of the votes') or after a bound"),
        ("Number/French/NumberModel.json", "3/4", "a slash between two small numbers standing alone is as often a date (3/4 is 3 April) or a name (9/11) in news; the article reader reads it as a fraction before a unit or 'of' ('1/4 mile', '3/4 of the votes') or after a bound"),
        ("Number/English/NumberModel.json", "-4/5", "a slash between two small numbers standing alone is as often a date (3/4 is 3 April) or a name (9/11) in news; the article reader reads it as a fraction before a unit or 'of' ('1/4 mile', '3/4 of the votes') or after a bound"),
        ("Number/English/NumberModel.json", "3/4", "a slash between two small numbers standing alone is as often a date (3/4 is 3 April) or a name (9/11) in news; the article reader reads it as a fraction before a unit or 'of' ('1/4 mile', '3/4 of the votes') or after a bound"),
        ("Number/French/NumberModel.json", "- 1 4/5", "a minus spaced from its number ('- 1') is a dash in news, a list mark or an aside, not a sign"),
        ("Number/French/NumberModel.json", "- 10  k", "a minus spaced from its number ('- 1') is a dash in news, a list mark or an aside, not a sign"),
        ("Number/English/NumberModel.json", "- 1 4/5", "a minus spaced from its number ('- 1') is a dash in news, a list mark or an aside, not a sign"),
        ("Number/English/NumberModel.json", "- 10  k", "a minus spaced from its number ('- 1') is a dash in news, a list mark or an aside, not a sign"),
        ("Number/French/NumberModel.json", "423 0000 seront reconnus comme deux nombres.", "a run of zeros standing alone ('0000') is a code or a masked figure in news, not the number 0"),
        ("Number/French/NumberModel.json", "423 0000 sera reconnu comme deux nombres.", "a run of zeros standing alone ('0000') is a code or a masked figure in news, not the number 0"),
        ("Number/English/NumberModel.json", "423 0000 will be recognized as two numbers.", "a run of zeros standing alone ('0000') is a code or a masked figure in news, not the number 0"),
        ("Number/French/NumberModel.json", "322 cents", "in French news digits before 'cents' are an amount in cents ('en baisse de 34 cents'), never hundreds; hundreds are spelled out ('trois cents')"),
        ("Number/French/NumberModel.json", "3 cents et 2 cents sont deux nombres valides.", "in French news digits before 'cents' are an amount in cents ('en baisse de 34 cents'), never hundreds; hundreds are spelled out ('trois cents')"),
        ("Number/French/NumberModel.json", "3 cents et 2,12 cents sont deux nombres valides.", "in French news digits before 'cents' are an amount in cents ('en baisse de 34 cents'), never hundreds; hundreds are spelled out ('trois cents')"),
        ("Number/French/NumberModel.json", "3 cents et négatif un sont deux nombres valides.", "in French news digits before 'cents' are an amount in cents ('en baisse de 34 cents'), never hundreds; hundreds are spelled out ('trois cents')"),
        ("Number/French/NumberModel.json", "demi", "a bare 'demi' is the prefix of 'demi-finale' or 'demi-tour' in news; the article reader reads 'un demi', 'la moitié' and 'demi' before a unit ('une demi-heure')"),
        ("Number/French/NumberModel.json", "deux mille sur trois", "reads a part larger than its whole as a proportion, while the same file reads 'huit sur cinq', 'douze sur dix' ('8 in 5', '12 out of 10') as two numbers"),
        ("Number/English/NumberModel.json", "2000 over 3", "reads a part larger than its whole as a proportion, while the same file reads 'huit sur cinq', 'douze sur dix' ('8 in 5', '12 out of 10') as two numbers"),
        ("Number/English/NumberModel.json", "Any time to meet on 5/17/2018?", "a date is no figure (its French twin is excluded too)"),
        ("Number/English/NumberModel.json", "My phone number is +1-222-2222/2222", "a phone number is no figure (its French twin is excluded too)"),
        ("Number/English/NumberModel.json", "In some countries you can write 5.00 or 5,00.", "in an English text a comma before one to three digits groups or lists them ('22,24,26,31' is a list in the same file), it is no decimal mark"),
        ("Number/English/NumberModel.json", "The number is 1,3.", "in an English text a comma before one to three digits groups or lists them ('22,24,26,31' is a list in the same file), it is no decimal mark"),
        ("Number/English/NumberModel.json", "SCP-173", "'SCP-173' is a name with its number, as 'F-16'; no count"),
        ("Number/English/NumberModel.json", "Exercises nrs. 22,24,26,31.", "numbers after 'nrs.' label exercises; a label counts nothing"),
        ("Number/English/NumberModel.json", "Let's try one last time", "'one last time' is an idiom; it counts no time"),
        ("Number/English/NumberModel.json", " two millionth", "'two millionth' is a rank (the two millionth visitor); no count of two"),
        ("Number/English/NumberModel.json", " 100 millionths", "'100 millionths' is the fraction 0.0001; the expected '100' drops the denominator, while the same file reads 'a hundred trillionths' as 1e-10"),
        ("Number/French/NumberRangeModel.json", "Moins d’un millier de pandas géants vivent encore dans la nature.", "includes the 'de' after 'millier' in the span, while the same file leaves the link out of every other bound ('plus de 30', 'jusqu’à 700')"),
        ("Number/French/NumberRangeModel.json", "Comment est-ce que tu trouve plus de deux sur cinq", "reads 'plus de deux sur cinq' as more than 2, while the same file reads 'deux sur cinq ou plus' (excluded above for its span) and the English file '2 in 5 or more' as the proportion 0.4 or more"),
        ("Number/English/NumberRangeModel.json", "How about more than 2 in 5", "reads 'more than 2 in 5' as more than 2, while the same file reads '2 in 5 or more' as the proportion 0.4 or more"),
        ("Number/French/PercentModel.json", "pourcentage de vingt", "puts the word before the number ('pourcentage de vingt'), which French does not do for a rate; the file's other cases write '20 pour cent', '20 %'"),
        ("Number/French/PercentModel.json", "pourcent des trois cent cinq", "puts the word before the number ('pourcentage de vingt'), which French does not do for a rate; the file's other cases write '20 pour cent', '20 %'"),
        ("Number/French/PercentModel.json", "cent pour cent.", "includes the sentence's full stop in the span"),
        ("Number/French/PercentModel.json", "juste demander de soustraire cinq pour-cent", "reads the verb 'soustraire' as a minus sign"),
        ("Number/English/PercentModel.json", "Only a small percent attain the top ranks", "expects a percent named with no number (value null); a unit without a number is no figure"),
        ("Number/English/PercentModel.json", "The table shows the % of increase in the last month", "expects a percent named with no number (value null); a unit without a number is no figure"),
        ("Number/English/PercentModel.json", "How do I calculate a percentage?", "expects a percent named with no number (value null); a unit without a number is no figure"),
        ("NumberWithUnit/French/CurrencyModel.json", "Le cerf - le classement de Scott est alors passé en revue et n'importe quelles préoccupations(entreprises) antitrust d'habitude respectées. Typiquement, le cerf - Scott est utilisé maintenant pour donner aux directeurs(managers) de sociétés cibles les premières nouvelles d'une offre et une chance d'utiliser examen(la revue) réglementaire(régulateur) comme une tactique s'attardant. impôt(la taxe) de 20000,15 $ serait un petit coût dans un multimilliard - accord de dollar, mais une traînée sérieuse sur des milliers d'accords petits, amicaux.", "expects a currency named with no amount (value null); a unit without a number is no figure, so the article reader never reports one"),
        ("NumberWithUnit/French/CurrencyModel.json", "Dollar: 143,80 yens, en haut 0. 95; 1. 8500 marques, en haut 0. 0085.", "expects a currency named with no amount (value null); a unit without a number is no figure, so the article reader never reports one"),
        ("NumberWithUnit/English/CurrencyModel.json", "the hart - scott filing is then reviewed and any antitrust concerns usually met . typically , hart - scott is used now to give managers of target firms early news of a bid and a chance to use regulatory review as a delaying tactic . the $ 20,000 tax would be a small cost in a multibillion - dollar deal , but a serious drag on thousands of small , friendly deals .", "expects a currency named with no amount (value null); a unit without a number is no figure, so the article reader never reports one"),
        ("NumberWithUnit/English/CurrencyModel.json", "dollar : 143.80 yen , up 0 . 95 ; 1 . 8500 marks , up 0 . 0085 .", "expects a currency named with no amount (value null); a unit without a number is no figure, so the article reader never reports one"),
        ("NumberWithUnit/English/CurrencyModel.json", "50 dollar dollar", "expects a currency named with no amount (value null); a unit without a number is no figure, so the article reader never reports one"),
        ("NumberWithUnit/English/CurrencyModel.json", "50 dollar rmb", "expects a currency named with no amount (value null); a unit without a number is no figure, so the article reader never reports one"),
        ("NumberWithUnit/English/CurrencyModel.json", "I counted the dollars thousand of times.", "expects a currency named with no amount (value null); a unit without a number is no figure, so the article reader never reports one"),
        ("NumberWithUnit/French/DimensionModel.json", "et ce bébé est plus de deux livres.", "reads 'pounds' ('livres') alone as a weight; in news they are mostly the currency (GBP), which the article reader reads; a weight is read as 'pounds of' ('25 pounds of rice')"),
        ("NumberWithUnit/French/DimensionModel.json", "Je n'ai pas confiance en gens(peuple) qui ne mangent pas, a dit Mme volokh, quoiqu'elle-même elle ait arrêté de déjeuner il y a quelques années pour laisser tomber 25 livres.", "reads 'pounds' ('livres') alone as a weight; in news they are mostly the currency (GBP), which the article reader reads; a weight is read as 'pounds of' ('25 pounds of rice')"),
        ("NumberWithUnit/French/DimensionModel.json", "Une t.métrique est égale à 2.204,62 livres.", "reads 'pounds' ('livres') alone as a weight; in news they are mostly the currency (GBP), which the article reader reads; a weight is read as 'pounds of' ('25 pounds of rice')"),
        ("NumberWithUnit/English/DimensionModel.json", "and this baby is over two pounds.", "reads 'pounds' ('livres') alone as a weight; in news they are mostly the currency (GBP), which the article reader reads; a weight is read as 'pounds of' ('25 pounds of rice')"),
        ("NumberWithUnit/English/DimensionModel.json", "``i don't trust people who don't eat,'' said ms. volokh, though she herself stopped eating lunch a few years ago to drop 25 pounds.", "reads 'pounds' ('livres') alone as a weight; in news they are mostly the currency (GBP), which the article reader reads; a weight is read as 'pounds of' ('25 pounds of rice')"),
        ("NumberWithUnit/English/DimensionModel.json", "a metric ton is equal to 2,204.62 pounds.", "reads 'pounds' ('livres') alone as a weight; in news they are mostly the currency (GBP), which the article reader reads; a weight is read as 'pounds of' ('25 pounds of rice'); it also expects 'metric ton' named with no number"),
        ("NumberWithUnit/French/DimensionModel.json", "Alors, pour faire ces gardenettes tout à fait littéralement les pièces, Mme bartlett avaient jeté des murs sans fenêtre (la brique, le treillis, la haie) huit à 10 pieds de haut, lançant ses intérieurs dans le jour - la nuance longtemps stygienne.", "reads only the range's upper end ('10 pieds' of 'huit à 10 pieds'); the article reader reads the range whole"),
        ("NumberWithUnit/English/DimensionModel.json", "then , to make these gardenettes quite literally rooms , ms . bartlett had thrown up windowless walls (brick, lattice, hedge ) eight to 10 feet tall, casting her interiors into day - long stygian shade.", "reads only the range's upper end ('10 feet' of 'eight to 10 feet'); the article reader reads the range whole"),
        ("NumberWithUnit/French/DimensionModel.json", "En 1995 le canon a présenté la première lentille slr disponible dans le commerce avec la stabilisation d'image interne, ef 75 - 300mm f / 4 - 5. 6 est usm.", "reads only '300mm' of the lens's focal range '75 - 300mm'; the article reader reads the range whole"),
        ("NumberWithUnit/English/DimensionModel.json", "in 1995 canon introduced the first commercially available slr lens with internal image stabilization , ef 75 -300mm f / 4 - 5 . 6 is usm.", "reads only '300mm' of the lens's focal range '75 -300mm'; the article reader reads the range whole"),
        ("NumberWithUnit/French/DimensionModel.json", "Les armements de sterling de dagenham, Essex a produit un kit de conversion comprenant un nouveau 7,62mm le baril, le magazine, extracteur et éjecteur pour la vente commerciale.", "expects a unit named with no number (value null); a unit without a number is no figure ('baril')"),
        ("NumberWithUnit/French/DimensionModel.json", "m", "expects a unit named with no number (value null); a unit without a number is no figure"),
        ("NumberWithUnit/English/DimensionModel.json", "The recommended symbol in the United States and United Kingdom when communicating medical information is mcg", "expects a unit named with no number (value null); a unit without a number is no figure"),
        ("NumberWithUnit/English/DimensionModel.json", "Ten samples from the Camarones river valley had an average of 37.8 microgrammes per gramme", "expects a unit named with no number (value null); a unit without a number is no figure ('gramme'); the article reader reads the rate 37.8 µg per gram as its base, 37.8 µg"),
        ("NumberWithUnit/French/DimensionModel.json", "faire un demi tour", "reads 'tour(s)' as a turn; in French news it is a round ('au premier tour', 'deux tours de scrutin') or a tower"),
        ("NumberWithUnit/French/DimensionModel.json", "faire 3 tours", "reads 'tour(s)' as a turn; in French news it is a round ('au premier tour', 'deux tours de scrutin') or a tower"),
        ("NumberWithUnit/English/DimensionModel.json", "The size of this file is 100 mb", "expects megabits for 'mb'; news writes 'mb' for megabytes, as the article reader reads it"),
        ("NumberWithUnit/English/DimensionModel.json", "He said: 2 pm is 2 picometer", "reads '2 pm' as picometres; in news '2 pm' is a time of day"),
    ];

    public static string? Reason(string file, string input)
    {
        foreach (var (f, i, reason) in Cases)
        {
            if (f == file && i == input)
            {
                return reason;
            }
        }

        return null;
    }
}
