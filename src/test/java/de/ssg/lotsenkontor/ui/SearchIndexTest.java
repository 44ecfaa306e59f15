package de.ssg.lotsenkontor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    private record Place(String name, String district) {
        String label() {
            return name + " (" + district + ")";
        }
    }

    private static final List<Place> PLACES = List.of(
            new Place("Bad Muskau / Mužakow, Stadt", "Görlitz"),
            new Place("Görlitz, Stadt, Hochschulstadt", "Görlitz"),
            new Place("Markersdorf", "Görlitz"),
            new Place("Neustadt in Sachsen, Stadt", "Sächsische Schweiz-Osterzgebirge"),
            new Place("Neustadt/Vogtl.", "Vogtlandkreis"),
            new Place("Obergörlitz", "Nirgendwo"));

    private final SearchIndex<Place> index = new SearchIndex<>(PLACES, Place::label,
            p -> p.name() + " " + p.district());

    @Test
    void namesStartingWithTheTextComeFirstThenWordStartsThenTheRest() {
        assertThat(index.matches("gorl", 10)).extracting(Place::name).containsExactly(
                "Görlitz, Stadt, Hochschulstadt", "Bad Muskau / Mužakow, Stadt", "Markersdorf", "Obergörlitz");
    }

    @Test
    void umlautsAccentsCaseAndWordOrderDoNotMatter() {
        assertThat(index.matches("GOERLITZ hochschul", 10)).extracting(Place::name)
                .containsExactly("Görlitz, Stadt, Hochschulstadt");
        assertThat(index.matches("muzakow", 10)).extracting(Place::name).containsExactly("Bad Muskau / Mužakow, Stadt");
        assertThat(index.matches("neustadt vogt", 10)).extracting(Place::name).containsExactly("Neustadt/Vogtl.");
        assertThat(index.matches("  ", 10)).isEmpty();
    }

    @Test
    void theExactLabelChoosesTheEntry() {
        assertThat(index.exact("neustadt/vogtl. (vogtlandkreis)")).isEqualTo(PLACES.get(4));
        assertThat(index.exact("Neustadt")).isNull();
    }

    @Test
    void tenThousandEightHundredEntriesAreSearchedOnEveryKeystroke() {
        List<Place> germany = new ArrayList<>();
        for (int i = 0; i < 10_800; i++) {
            germany.add(new Place("Gemeinde " + Integer.toString(i, 36) + (i % 7 == 0 ? " Neustadt" : ""),
                    "Kreis " + (i % 400)));
        }
        SearchIndex<Place> big = new SearchIndex<>(germany, Place::label, p -> p.name() + " " + p.district());
        long start = System.nanoTime();
        int found = 0;
        for (String typed : List.of("n", "ne", "neu", "neus", "neust", "neusta", "neustad", "neustadt")) {
            found = big.matches(typed, 200).size();
        }
        long millisPerKeystroke = (System.nanoTime() - start) / 1_000_000 / 8;
        assertThat(found).isEqualTo(200);
        assertThat(millisPerKeystroke).as("ms per keystroke").isLessThan(100);
    }
}
