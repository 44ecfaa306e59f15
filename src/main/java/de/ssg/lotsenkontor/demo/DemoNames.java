package de.ssg.lotsenkontor.demo;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Invented people: common German first names with surnames made up from two fixed syllable lists
 * ("Kieselbrink", "Ginsterhain"), e-mail addresses on reserved {@code .example} domains and phone
 * numbers in the fictional range 0351 555-xxxx. Nobody here is a real person.
 */
final class DemoNames {

    /** Reserved domain of the coordination office's fictional staff. */
    static final String OFFICE_DOMAIN = "beispiel.example";

    private static final List<String> FEMALE = List.of(
            "Anja", "Antje", "Annett", "Birgit", "Christin", "Claudia", "Cornelia", "Doreen", "Franziska", "Grit",
            "Heike", "Ines", "Jana", "Janine", "Johanna", "Julia", "Katja", "Kathrin", "Kerstin", "Konstanze",
            "Laura", "Lea", "Lisa", "Mandy", "Manuela", "Maria", "Marlen", "Nadine", "Nicole", "Peggy",
            "Romy", "Sabine", "Sandra", "Silke", "Simone", "Sophie", "Stefanie", "Susann", "Theresa", "Ulrike",
            "Ute", "Yvonne");

    private static final List<String> MALE = List.of(
            "Andreas", "André", "Benjamin", "Christian", "Daniel", "Dirk", "Enrico", "Falk", "Felix", "Florian",
            "Frank", "Heiko", "Jan", "Jens", "Jörg", "Kai", "Lars", "Lukas", "Marco", "Martin",
            "Matthias", "Michael", "Mirko", "Paul", "Philipp", "René", "Robert", "Ronny", "Sebastian", "Stefan",
            "Steffen", "Sven", "Thomas", "Tobias", "Tom", "Torsten", "Uwe", "Maik", "Holger", "Ralf",
            "Tino", "Gunnar");

    private static final List<String> SURNAME_STARTS = List.of(
            "Ahorn", "Birken", "Distel", "Eschen", "Farn", "Ginster", "Hasel", "Holunder", "Kiesel", "Lärchen",
            "Mohn", "Quitten", "Schlehen", "Wacholder", "Erlen", "Flieder", "Kastanien", "Mispel", "Salbei",
            "Thymian", "Lupinen", "Sauerampf", "Brombeer", "Hagebutt");

    private static final List<String> SURNAME_ENDS = List.of(
            "brink", "kamp", "winkel", "grund", "hain", "stedt", "rode", "wiese", "mühl", "bruch", "horst",
            "lehner", "steiger", "auer");

    private final DemoRandom random;
    private final Set<String> used = new HashSet<>();

    DemoNames(DemoRandom random) {
        this.random = random;
    }

    /** An invented person, not used before by this generator (as far as the combinations allow). */
    Person person() {
        Person p = draw();
        for (int attempt = 0; attempt < 50 && !used.add(p.fullName()); attempt++) {
            p = draw();
        }
        return p;
    }

    private Person draw() {
        boolean female = random.chance(0.55);
        String first = random.pick(female ? FEMALE : MALE);
        String last = random.pick(SURNAME_STARTS) + random.pick(SURNAME_ENDS);
        return new Person(first, last, female);
    }

    /** A phone number in the fictional range 0351 555-xxxx. */
    String phone() {
        return "0351 555-" + random.between(1000, 9999);
    }

    /** {@code vorname.nachname@domain}, ASCII only. */
    static String email(Person person, String domain) {
        return ascii(person.first()) + "." + ascii(person.last()) + "@" + domain;
    }

    /** The reserved mail domain of a municipality: {@code kommune-<slug>.example}. */
    static String municipalityDomain(String municipalityName) {
        return "kommune-" + slug(municipalityName) + ".example";
    }

    /** "Annaberg-Buchholz, Stadt" → "annaberg-buchholz". */
    static String slug(String municipalityName) {
        int comma = municipalityName.indexOf(',');
        String name = comma < 0 ? municipalityName : municipalityName.substring(0, comma);
        return ascii(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static String ascii(String text) {
        String s = text.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** An invented person. */
    record Person(String first, String last, boolean female) {

        String fullName() {
            return first + " " + last;
        }
    }
}
