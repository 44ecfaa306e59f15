package de.ssg.lotsenkontor.municipality;

/** Size of a municipality by population, as the office groups them. */
public enum SizeClass {
    UNTER_2000(0, 2_000),
    BIS_5000(2_000, 5_000),
    BIS_10000(5_000, 10_000),
    BIS_20000(10_000, 20_000),
    UEBER_20000(20_000, Integer.MAX_VALUE);

    private final int fromInclusive;
    private final int toExclusive;

    SizeClass(int fromInclusive, int toExclusive) {
        this.fromInclusive = fromInclusive;
        this.toExclusive = toExclusive;
    }

    public static SizeClass of(int population) {
        for (SizeClass c : values()) {
            if (population >= c.fromInclusive && population < c.toExclusive) {
                return c;
            }
        }
        return UNTER_2000;
    }

    public boolean contains(int population) {
        return population >= fromInclusive && population < toExclusive;
    }
}
