package de.ssg.lotsenkontor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of ARCHITECTURE.md §4, checked on every build. */
class ArchitectureTest {

    private static final String ROOT = "de.ssg.lotsenkontor";
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
}
