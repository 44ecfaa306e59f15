package de.ssg.lotsenkontor.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void theWorksRunAtTheSameTimeAndTheResultsKeepTheirOrder() {
        // each work waits for the other: they finish only if they run at the same time
        CountDownLatch both = new CountDownLatch(2);
        Supplier<String> first = () -> meet(both, "a");
        Supplier<String> second = () -> meet(both, "b");
        List<String> results = Parallel.all(List.of(first, second, () -> "c"));
        assertThat(results).containsExactly("a", "b", "c");
    }

    @Test
    void aFailureIsThrownAfterTheOtherWorksEnded() {
        AtomicBoolean otherEnded = new AtomicBoolean();
        Supplier<String> failing = () -> {
            throw new IllegalStateException("kaputt");
        };
        Supplier<String> slow = () -> {
            sleep(200);
            otherEnded.set(true);
            return "x";
        };
        assertThatThrownBy(() -> Parallel.all(List.of(slow, failing)))
                .isInstanceOf(IllegalStateException.class).hasMessage("kaputt");
        assertThat(otherEnded).isTrue();
        assertThatThrownBy(() -> Parallel.all(List.of(failing, slow)))
                .isInstanceOf(IllegalStateException.class).hasMessage("kaputt");
    }

    private static String meet(CountDownLatch latch, String value) {
        latch.countDown();
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                return "alone";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return value;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
