package de.ssg.lotsenkontor.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The only source of chance in the demo data: a seeded {@link SplittableRandom} with the few
 * helpers the generators need. Each part of the generator gets its own stream ({@link #split}),
 * taken in a fixed order, so that the same seed always gives the same data. Where generators
 * transform these numbers they use {@link StrictMath}, whose results are the same on every JVM.
 */
final class DemoRandom {

    private final SplittableRandom random;

    DemoRandom(long seed) {
        this(new SplittableRandom(seed));
    }

    private DemoRandom(SplittableRandom random) {
        this.random = random;
    }

    /** An independent stream for one part of the generator. */
    DemoRandom split() {
        return new DemoRandom(random.split());
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    double unit() {
        return random.nextDouble();
    }

    /** A number from {@code min} (included) to {@code max} (excluded). */
    double between(double min, double max) {
        return min + random.nextDouble() * (max - min);
    }

    double gaussian() {
        return random.nextGaussian();
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** A day from {@code first} to {@code last}, both included; {@code first} when the range is empty. */
    LocalDate date(LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last);
        return days <= 0 ? first : first.plusDays(random.nextLong(days + 1));
    }

    /** An index into {@code weights}, chosen with probability proportional to its weight. */
    int weighted(double[] weights) {
        double weightSum = 0;
        for (double w : weights) {
            weightSum += w;
        }
        double x = random.nextDouble() * weightSum;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** An amount from {@code min} to {@code max} euros, to the cent. */
    BigDecimal money(double min, double max) {
        return BigDecimal.valueOf(between(min, max)).setScale(2, RoundingMode.HALF_UP);
    }
}
