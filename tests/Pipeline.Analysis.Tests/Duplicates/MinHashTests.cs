using Pipeline.Analysis.Duplicates;
using Xunit;

namespace Pipeline.Analysis.Tests.Duplicates;

public class MinHashTests
{
    // Fixed explicitly so that these expectations do not move when the shipped defaults are tuned.
    private static readonly NearDuplicateOptions Fixed = new()
    {
        Permutations = 128,
        ShingleSize = 3,
        MinimumWordLength = 1,
        SketchBits = 4,
        Bands = 16,
        Rows = 2,
        Seed = 0x5049_5045_4C49_4E45UL,
        Threshold = 0.5,
    };

    [Fact]
    public void Signatures_are_the_same_in_every_process_and_match_an_independent_implementation()
    {
        // Values computed by a separate Python implementation of the documented scheme (FNV-1a per word,
        // SplitMix64 finaliser, shingle chain, multiply-shift family seeded by SplitMix64), not by this code.
        var detector = new NearDuplicateDetector(Fixed);
        var signature = detector.Sign("The quick brown fox jumps over the lazy dog");

        Assert.Equal([188066358u, 300835468u, 1333237716u, 1602960988u], signature.Values[..4]);
        Assert.Equal([-1731790279L, -713632779L], detector.BandKeys(signature).Take(2));
    }

    [Fact]
    public void The_same_text_in_another_presentation_has_an_identical_signature()
    {
        var detector = new NearDuplicateDetector(Fixed);
        Assert.Equal(
            detector.Sign("Selon le New York Times, l’armée russe a rassemblé 50 000 soldats."),
            detector.Sign("SELON LE NEW YORK TIMES,\nl'armee russe a rassemble 50\u00A0000 soldats !"));
    }

    [Fact]
    public void A_republication_with_a_moved_paragraph_a_byline_and_a_footer_is_above_the_threshold()
    {
        var original = Seeds.Read("003");
        var paragraphs = original.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var moved = paragraphs.Skip(1).Take(2).Concat(paragraphs.Take(1)).Concat(paragraphs.Skip(3));
        var republished = "By Staff Reporter | Updated 11 Nov 2024\n" + string.Join("\n\n", moved) + "\n\nFor Latest Updates Follow us on Google News";
        var detector = new NearDuplicateDetector(Fixed);

        Assert.True(detector.Sign(original).Similarity(detector.Sign(republished)) > 0.8);
    }

    [Fact]
    public void A_copy_with_one_word_in_ten_replaced_is_above_the_threshold()
    {
        var words = Seeds.Read("000").Split(' ');
        for (var i = 5; i < words.Length; i += 10)
        {
            words[i] = "remplacé";
        }

        var detector = new NearDuplicateDetector(Fixed);
        var similarity = detector.Sign(Seeds.Read("000")).ToSketch(4).Similarity(detector.Sign(string.Join(' ', words)).ToSketch(4));

        Assert.InRange(similarity, Fixed.Threshold, 0.9);
    }

    [Theory]
    [InlineData("003", "004")] // both report the same 50 000 soldiers around Kursk from the New York Times
    [InlineData("000", "002")]
    [InlineData("001", "003")]
    public void Different_articles_on_the_same_war_are_below_the_threshold(string a, string b)
    {
        var detector = new NearDuplicateDetector(Fixed);
        Assert.True(detector.Sign(Seeds.Read(a)).ToSketch(4).Similarity(detector.Sign(Seeds.Read(b)).ToSketch(4)) < 0.1);
    }

    [Fact]
    public void The_sketch_estimate_of_unrelated_texts_is_corrected_for_chance_agreement_of_bytes()
    {
        // Two sketches that never agree but by chance: the raw agreement 1/256 must read as similarity 0.
        var a = new MinHashSketch(Enumerable.Range(0, 256).Select(i => (byte)i).ToArray(), 8);
        var b = new MinHashSketch(Enumerable.Range(0, 256).Select(i => (byte)(i == 7 ? 7 : i + 1)).ToArray(), 8);

        Assert.Equal(0, a.Similarity(b), 6);
        Assert.Equal(1, a.Similarity(a), 6);
    }

    [Fact]
    public void A_four_bit_sketch_keeps_the_low_nibble_of_each_value_and_corrects_for_chance_agreement_of_nibbles()
    {
        // 16 values whose low nibbles are 0..15 against the same shifted by one except value 5: agreement 1/16 reads as 0.
        var a = MinHashSketch.Of(Enumerable.Range(0, 16).Select(i => (uint)(0x100 + i)).ToArray(), 4);
        var b = MinHashSketch.Of(Enumerable.Range(0, 16).Select(i => (uint)(i == 5 ? 5 : (i + 1) % 16)).ToArray(), 4);

        Assert.Equal(8, a.Bytes.Length);
        Assert.Equal(0x10, a.Bytes[0]);
        Assert.Equal(0, a.Similarity(b), 6);
        Assert.Equal(1, a.Similarity(a), 6);
    }

    [Fact]
    public void Half_the_values_equal_reads_as_a_similarity_of_one_half_once_chance_is_removed()
    {
        var values = Enumerable.Range(0, 128).Select(i => (uint)i * 7919).ToArray();
        var other = values.Select((v, i) => i % 2 == 0 ? v : v + 1).ToArray(); // odd positions differ in their low nibble
        const double expected = 0.5; // differing nibbles never agree here, so the raw agreement is exactly 1/2
        Assert.Equal((expected - (1.0 / 16)) / (1 - (1.0 / 16)), MinHashSketch.Of(values, 4).Similarity(MinHashSketch.Of(other, 4)), 9);
        Assert.Equal(0.5, new MinHashSignature(values).Similarity(new MinHashSignature(other)), 9);
    }

    [Fact]
    public void Every_band_key_of_identical_texts_is_equal_and_there_is_one_per_band()
    {
        var detector = new NearDuplicateDetector(Fixed);
        var a = detector.Describe(Seeds.Read("001"));
        var b = detector.Describe(Seeds.Read("001").Replace("\n", "\r\n"));

        Assert.Equal(16, a.BandKeys.Count);
        Assert.Equal(a.BandKeys, b.BandKeys);
        Assert.Equal(16, a.BandKeys.Distinct().Count());
    }

    [Fact]
    public void Band_keys_mix_in_the_band_number_so_equal_values_in_two_bands_give_two_keys()
    {
        var detector = new NearDuplicateDetector(Fixed);
        var keys = detector.BandKeys(new MinHashSignature(Enumerable.Repeat(42u, 128).ToArray()));
        Assert.Equal(16, keys.Distinct().Count());
    }

    [Fact]
    public void Different_articles_share_no_band_key()
    {
        var detector = new NearDuplicateDetector(Fixed);
        Assert.Empty(detector.Describe(Seeds.Read("003")).BandKeys.Intersect(detector.Describe(Seeds.Read("004")).BandKeys));
    }

    [Fact]
    public void A_text_without_words_has_no_band_keys_and_an_empty_signature()
    {
        var keys = new NearDuplicateDetector(Fixed).Describe(" — … ");
        Assert.True(keys.Signature.IsEmpty);
        Assert.Empty(keys.BandKeys);
    }

    [Fact]
    public void A_text_shorter_than_a_shingle_still_gets_a_signature()
    {
        Assert.False(new NearDuplicateDetector(Fixed).Sign("Kyiv").IsEmpty);
    }

    [Theory]
    [InlineData(0.0, 128, 16, 2, 3)]
    [InlineData(1.5, 128, 16, 2, 3)]
    [InlineData(0.5, 128, 65, 2, 3)]
    [InlineData(0.5, 128, 16, 2, 0)]
    [InlineData(0.5, 0, 1, 1, 3)]
    public void Unusable_options_are_refused_with_a_reason(double threshold, int permutations, int bands, int rows, int shingle)
    {
        var options = new NearDuplicateOptions { Threshold = threshold, Permutations = permutations, Bands = bands, Rows = rows, ShingleSize = shingle };
        Assert.NotEmpty(options.Problems());
        Assert.Throws<ArgumentException>(() => new NearDuplicateDetector(options));
    }

    [Fact]
    public void The_shipped_options_are_usable()
    {
        Assert.Empty(NearDuplicateOptions.Default.Problems());
    }

    [Fact]
    public void With_the_shipped_options_short_words_make_no_shingles_but_numbers_do()
    {
        var detector = new NearDuplicateDetector();
        Assert.Equal(detector.Sign("les soldats de la région de Koursk"), detector.Sign("des soldats à la région du Koursk"));
        Assert.NotEqual(detector.Sign("les 50 soldats de Koursk"), detector.Sign("les 60 soldats de Koursk"));
        Assert.False(detector.Sign("Il y a un an").IsEmpty);
    }

    [Fact]
    public void Band_keys_fit_a_four_byte_column_and_survive_packing()
    {
        var keys = new NearDuplicateDetector().Describe(Seeds.Read("003")).BandKeys;
        Assert.All(keys, k => Assert.InRange(k, int.MinValue, int.MaxValue));

        var packed = BandKeyPacking.Pack(keys);

        Assert.Equal(keys.Count * 4, packed.Length);
        Assert.Equal(keys, BandKeyPacking.Unpack(packed));
    }
}
