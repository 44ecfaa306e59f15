package de.ssg.lotsenkontor.funding.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where the finance view models run their work: in the app the background executor (results back
 * on the FX thread), in tests at once.
 */
@FunctionalInterface
public interface FinanceTasks {

    <T> void run(String title, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed);
}
