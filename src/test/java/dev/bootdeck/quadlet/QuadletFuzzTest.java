package dev.bootdeck.quadlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Seeded mutation fuzzing of both parsers over all Quadlet fixtures: the lossless document must always give the
 * bytes back, the semantic parser may only fail with {@link UnitParseException} (and exactly when the document
 * reports a problem, at the same line), edits may only fail with their documented exceptions, and the validator
 * never throws. Override the seed with {@code -Dbootdeck.fuzz.seed=N}; every failure message names the seed and
 * the iteration.
 */
class QuadletFuzzTest {
    private static final int ITERATIONS = 12_000;
    private static final long SEED = Long.getLong("bootdeck.fuzz.seed", 0x5EED_B007DECCL);

    private static final List<byte[]> CORPUS =
            QuadletFixtureFiles.units().stream().map(QuadletFixtureFiles::read).toList();

    private static String where(long seed, int i) {
        return "fuzz seed=" + seed + " iteration=" + i + " (rerun with -Dbootdeck.fuzz.seed=" + seed + ")";
    }

    @Test
    void losslessDocumentAlwaysRoundTrips() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        for (int i = 0; i < ITERATIONS; i++) {
            byte[] input = QuadletMutator.mutate(CORPUS.get(rnd.nextInt(CORPUS.size())), rnd);
            try {
                UnitDocument doc = UnitDocument.parse(input);
                if (!Arrays.equals(doc.toBytes(), input)) {
                    fail("round trip differs; " + where(SEED, i));
                }
                List<Integer> covered = doc.elements().stream().flatMap(e -> e.lines().stream()).sorted().toList();
                if (covered.size() != doc.lines().size()) {
                    fail("elements do not cover every line; " + where(SEED, i));
                }
            } catch (RuntimeException e) {
                throw new AssertionError("document threw; " + where(SEED, i), e);
            }
        }
    }

    @Test
    void semanticParserOnlyThrowsItsParseError() {
        SplittableRandom rnd = new SplittableRandom(SEED + 1);
        int failures = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            byte[] input = QuadletMutator.mutate(CORPUS.get(rnd.nextInt(CORPUS.size())), rnd);
            try {
                UnitFile f = UnitFileParser.parse("fuzz.container", input);
                for (String g : f.groups()) {
                    for (String k : f.keys(g)) {
                        f.lookup(g, k);
                        f.lookupAllStrv(g, k);
                        f.lookupAllArgs(g, k);
                        f.lookupAllKeyVal(g, k);
                        f.lookupLastArgs(g, k);
                    }
                }
            } catch (UnitParseException e) {
                failures++;
            } catch (RuntimeException e) {
                throw new AssertionError("parser threw " + e + "; " + where(SEED + 1, i), e);
            }
        }
        assertThat(failures).as("the mutations must also produce invalid files").isBetween(100, ITERATIONS - 100);
    }

    @Test
    void editsEitherSucceedAndReadBackOrThrowTheirDocumentedException() {
        SplittableRandom rnd = new SplittableRandom(SEED + 2);
        String[] keys = {"Image", "GlobalArgs", "ContainerName", "Pull", "AutoUpdate"};
        int done = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            byte[] input = QuadletMutator.mutate(CORPUS.get(rnd.nextInt(CORPUS.size())), rnd);
            UnitDocument doc = UnitDocument.parse(input);
            String key = keys[rnd.nextInt(keys.length)];
            String group = rnd.nextBoolean() ? "Container" : "Image";
            String value = "quay.io/x/y:" + i;
            try {
                UnitDocument edited = switch (rnd.nextInt(4)) {
                    case 0 -> doc.setValue(group, key, value);
                    case 1 -> doc.addValue(group, key, value);
                    case 2 -> doc.removeKey(group, key);
                    default -> doc.addSection(group);
                };
                assertThat(UnitDocument.parse(edited.toBytes()).render()).isEqualTo(edited.render());
                done++;
            } catch (UnitEditException expected) {
                // an open continuation or a rejected line is in the way
            } catch (RuntimeException e) {
                throw new AssertionError("edit threw " + e + "; " + where(SEED + 2, i), e);
            }
        }
        assertThat(done).isGreaterThan(ITERATIONS / 2);
    }

    @Test
    void validatorNeverThrows() {
        SplittableRandom rnd = new SplittableRandom(SEED + 3);
        String[] names = {"a.container", "b.image", "c.volume", "d.network", "e.kube", "f.build", "g.pod",
            "h.artifact", "x-y@z.container"};
        for (int i = 0; i < ITERATIONS / 4; i++) {
            MemoryUnitTree tree = new MemoryUnitTree();
            int files = 1 + rnd.nextInt(3);
            for (int k = 0; k < files; k++) {
                byte[] input = QuadletMutator.mutate(CORPUS.get(rnd.nextInt(CORPUS.size())), rnd);
                String name = names[rnd.nextInt(names.length)];
                tree.put(rnd.nextInt(5) == 0 ? "u/" + name + ".d/10.conf" : "u/" + name, input);
            }
            try {
                QuadletValidator.validate(tree, List.of("u"));
            } catch (RuntimeException e) {
                throw new AssertionError("validator threw " + e + "; " + where(SEED + 3, i), e);
            }
        }
    }

    @Test
    void wordSplitterOnlyThrowsItsSplitError() {
        SplittableRandom rnd = new SplittableRandom(SEED + 4);
        for (int i = 0; i < ITERATIONS; i++) {
            byte[] input = QuadletMutator.mutate(CORPUS.get(rnd.nextInt(CORPUS.size())), rnd);
            String text = LosslessUtf8.decode(Arrays.copyOf(input, Math.min(input.length, 300)));
            for (int flags : new int[] {WordSplitter.EXEC, WordSplitter.STRV, 0, WordSplitter.C_UNESCAPE}) {
                try {
                    WordSplitter.split(text, flags);
                } catch (WordSplitException expected) {
                    // documented
                } catch (RuntimeException e) {
                    throw new AssertionError("splitter threw " + e + "; " + where(SEED + 4, i), e);
                }
            }
        }
    }
}
