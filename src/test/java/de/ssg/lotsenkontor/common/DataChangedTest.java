package de.ssg.lotsenkontor.common;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.common.DataChanged.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The "data changed" signal reaches exactly the listeners of the kinds of data that changed. */
class DataChangedTest {

    @Test
    void listenersHearOnlyTheirTopics() {
        DataChanged changes = new DataChanged();
        List<String> heard = new ArrayList<>();
        changes.subscribe(Set.of(Topic.MUNICIPALITIES), t -> heard.add("municipalities"));
        changes.subscribe(Set.of(Topic.PEOPLE, Topic.COACHING), t -> heard.add("people"));
        changes.subscribe(DataChanged.EVERYTHING, t -> heard.add("overview"));

        changes.publish(Topic.MUNICIPALITIES);
        assertThat(heard).containsExactly("municipalities", "overview");

        heard.clear();
        changes.publish(Topic.COACHING);
        assertThat(heard).containsExactly("people", "overview");

        heard.clear();
        changes.publish(Topic.FUNDING);
        assertThat(heard).containsExactly("overview");

        heard.clear();
        changes.publish(DataChanged.EVERYTHING);
        assertThat(heard).containsExactly("municipalities", "people", "overview");
    }
}
