package de.ssg.lotsenkontor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The rules of ARCHITECTURE.md §4, checked on every build. */
class ArchitectureTest {

    private static final String ROOT = "de.ssg.lotsenkontor";
    /** Top-level packages that are not features: the app, the shell and shared technique. */
    private static final Set<String> NOT_FEATURES = Set.of("app", "ui", "common", "storage", "report", "excel",
            "print", "demo", "importing");
    /** Shared technique: knows no feature and no ui. */
    private static final List<String> SHARED = List.of("storage", "report", "excel", "print", "common", "importing");
    /**
     * The features from the bottom up (README, design): a feature depends only on features of
     * lower levels. Features on one level know nothing of each other.
     */
    private static final List<List<String>> LEVELS = List.of(
            List.of("municipality"),
            List.of("people"),
            List.of("coaching"),
            List.of("events", "projects"),
            List.of("funding"),
            List.of("overview"));
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void onlyUiPackagesAndTheAppUseJavaFxOrControlsFx() {
        noClasses().that().resideOutsideOfPackages("..ui..", ROOT + ".app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                        "org.kordamp.ikonli..")
                .check(classes);
    }

    @Test
    void uiPackagesDoNotUseHibernateOrJpa() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..")
                .check(classes);
    }

    @Test
    void uiPackagesDoNotUseEntities() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
                .check(classes);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void sharedTechniqueKnowsNoFeature() {
        noClasses().that().resideInAnyPackage(ROOT + ".storage..", ROOT + ".report..", ROOT + ".excel..",
                        ROOT + ".print..", ROOT + ".common..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".municipality..", ROOT + ".people..",
                        ROOT + ".coaching..", ROOT + ".events..", ROOT + ".projects..", ROOT + ".funding..",
                        ROOT + ".overview..", ROOT + ".demo..", ROOT + ".app..")
                .check(classes);
    }

    @Test
    void theShellKnowsNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".ui")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".municipality..", ROOT + ".people..",
                        ROOT + ".coaching..", ROOT + ".events..", ROOT + ".projects..", ROOT + ".funding..",
                        ROOT + ".overview..", ROOT + ".demo..", ROOT + ".app..")
                .check(classes);
    }

    @Test
    void onlyExcelUsesPoi() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".excel..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
                .check(classes);
    }

    @Test
    void reportsAreRenderedOnlyThroughTheOneEntryPoint() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".excel..", ROOT + ".print..")
                .should().dependOnClassesThat().implement(ROOT + ".report.ReportRenderer")
                .because("features and the table export render through ReportRenderers, never a renderer by name")
                .check(classes);
    }

    @Test
    void onlyPrintUsesThePdfLibrary() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".print..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.pdfbox..")
                .check(classes);
    }

    @Test
    void loggingGoesThroughSlf4jOnly() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".app")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .check(classes);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.apache.log4j..",
                        "org.apache.logging.log4j..")
                .check(classes);
    }

    @Test
    void entitiesLiveInTheirFeatureNotInSharedPackages() {
        classes().that().areAnnotatedWith(jakarta.persistence.Entity.class)
                .should().resideInAnyPackage(ROOT + ".municipality", ROOT + ".people", ROOT + ".coaching",
                        ROOT + ".events", ROOT + ".projects", ROOT + ".funding")
                .check(classes);
    }

    @Test
    void theSharedImportTechniqueKnowsNoFeatureAndNoToolkit() {
        noClasses().that().resideInAPackage(ROOT + ".importing..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".municipality..", ROOT + ".people..",
                        ROOT + ".coaching..", ROOT + ".events..", ROOT + ".projects..", ROOT + ".funding..",
                        ROOT + ".overview..", ROOT + ".demo..", ROOT + ".app..", ROOT + ".ui..", "javafx..",
                        "org.apache.poi..")
                .because("every import (directory, navigators, expenses) uses the same reading, cells and preview")
                .check(classes);
    }

    /** Every top-level package below the root that holds classes, e.g. {@code people} for {@code people.ui}. */
    private static Set<String> topLevelPackages() {
        Set<String> out = new TreeSet<>();
        for (JavaClass c : classes) {
            String pkg = c.getPackageName();
            if (pkg.startsWith(ROOT + ".")) {
                out.add(pkg.substring(ROOT.length() + 1).split("\\.")[0]);
            }
        }
        return out;
    }

    /** The features, read from the packages: every top-level package that is not the app, the shell or technique. */
    private static List<String> features() {
        return topLevelPackages().stream().filter(p -> !NOT_FEATURES.contains(p)).toList();
    }

    private static String[] packagesOf(List<String> names) {
        return names.stream().map(n -> ROOT + "." + n + "..").toArray(String[]::new);
    }

    @Test
    void everyFeatureHasItsPlaceInTheOrder() {
        List<String> placed = LEVELS.stream().flatMap(List::stream).toList();
        assertThat(placed).as("features in the dependency order of ArchitectureTest.LEVELS (and the README);"
                + " place every new feature package there").containsAll(features());
        assertThat(features()).as("sanity: the features are found from the packages")
                .contains("municipality", "people", "coaching");
    }

    @Test
    void topLevelFeaturesAreFreeOfCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    /** One rule per feature: it depends only on the features below it in the order. */
    @TestFactory
    Stream<DynamicTest> eachFeatureDependsOnlyOnTheFeaturesBelowIt() {
        List<DynamicTest> tests = new ArrayList<>();
        List<String> found = features();
        for (int level = 0; level < LEVELS.size(); level++) {
            List<String> notBelow = new ArrayList<>();
            for (int other = level; other < LEVELS.size(); other++) {
                notBelow.addAll(LEVELS.get(other));
            }
            for (String feature : LEVELS.get(level)) {
                List<String> forbidden = notBelow.stream().filter(f -> !f.equals(feature)).toList();
                tests.add(DynamicTest.dynamicTest(feature + " depends only on features below it", () -> {
                    if (!found.contains(feature) || forbidden.isEmpty()) {
                        return;
                    }
                    noClasses().that().resideInAPackage(ROOT + "." + feature + "..")
                            .should().dependOnClassesThat().resideInAnyPackage(packagesOf(forbidden))
                            .because("features depend one way: " + LEVELS)
                            .allowEmptyShould(true)
                            .check(classes);
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void layersPointFromTheAppThroughFeatureUiAndFeaturesToSharedTechnique() {
        List<String> features = features();
        // shared technique knows no feature, no ui, no app
        List<String> aboveShared = new ArrayList<>(features);
        aboveShared.addAll(List.of("ui", "app", "demo"));
        noClasses().that().resideInAnyPackage(packagesOf(SHARED))
                .should().dependOnClassesThat().resideInAnyPackage(packagesOf(aboveShared))
                .allowEmptyShould(true)
                .check(classes);
        // a feature's domain knows no ui (its own or another's) and no app
        for (String feature : features) {
            noClasses().that().resideInAPackage(ROOT + "." + feature + "..")
                    .and().resideOutsideOfPackage(ROOT + "." + feature + ".ui..")
                    .should().dependOnClassesThat().resideInAnyPackage("..ui..", ROOT + ".app..")
                    .allowEmptyShould(true)
                    .check(classes);
            // a feature's ui knows no app
            noClasses().that().resideInAPackage(ROOT + "." + feature + ".ui..")
                    .should().dependOnClassesThat().resideInAPackage(ROOT + ".app..")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void theShellUiKnowsNoFeature() {
        List<String> forbidden = new ArrayList<>(features());
        forbidden.addAll(List.of("app", "demo"));
        noClasses().that().resideInAPackage(ROOT + ".ui..")
                .should().dependOnClassesThat().resideInAnyPackage(packagesOf(forbidden))
                .check(classes);
    }

    @Test
    void viewModelsUseNoSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel").or().haveSimpleNameEndingWith("Model")
                .and().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(classes);
    }

    @Test
    void viewsLayOutAndBindAndCallNoFeatureService() {
        // views, areas, tabs and dialogs reach a feature's services only through their view models
        // (and the import flows); the app builds the view models
        noClasses().that().resideInAPackage("..ui..")
                .and().haveSimpleNameEndingWith("View").or().haveSimpleNameEndingWith("Area")
                .or().haveSimpleNameEndingWith("Tab").or().haveSimpleNameEndingWith("Dialog")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a feature's service", (com.tngtech.archunit.core.domain.JavaClass c) ->
                                c.getSimpleName().endsWith("Service") && c.getPackageName().startsWith(ROOT)
                                        && !c.getPackageName().equals(ROOT + ".ui")))
                .check(classes);
    }

    @Test
    void codeOutsideUiPackagesUsesNoUi() {
        noClasses().that().resideOutsideOfPackages("..ui..", ROOT + ".app..")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(classes);
    }

    @Test
    void onlyTheAppUsesDemoData() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".app..", ROOT + ".demo..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".demo..")
                .check(classes);
    }
}
