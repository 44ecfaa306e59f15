package de.ssg.lotsenkontor.funding;

/** Which proof of use: the interim proof of a year (ANBest-P 6.1) or the final proof of the contract. */
public enum ProofKind {
    /** Zwischennachweis: for one year of a running contract, due by 30 April of the next year. */
    ZWISCHEN,
    /** Verwendungsnachweis: for the whole contract, due within six months after it ends. */
    SCHLUSS
}
