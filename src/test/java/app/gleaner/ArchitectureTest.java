package app.gleaner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import app.gleaner.library.ClipEntity;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The design the README's "Where things are" describes, checked on the compiled classes, so that a change which blurs
 * it fails here rather than in a reviewer's head.
 */
class ArchitectureTest {

    private static JavaClasses gleaner;

    @BeforeAll
    static void importMainClasses() {
        gleaner = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.gleaner");
    }

    @Test
    void extractionKnowsNothingOfHttpStorageOrTheRestOfTheServer() {
        noClasses().that().resideInAPackage("app.gleaner.extract..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "app.gleaner.clip..", "app.gleaner.library..", "app.gleaner.auth..", "app.gleaner.limits..",
                        "app.gleaner.ops..", "app.gleaner.problem..", "app.gleaner.config..",
                        "jakarta..", "io.quarkus..", "io.vertx..", "org.hibernate..")
                .check(gleaner);
    }

    /**
     * One trip of a page runs down these layers: the pipeline asks for metadata, the finder and the cleaners, and all
     * of them read the page through the rule files and the page's own text, never the other way up.
     */
    @Test
    void theExtractionPackagesAreLayeredInThePipelinesOrder() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Pipeline").definedBy("app.gleaner.extract")
                .layer("Metadata").definedBy("app.gleaner.extract.meta..")
                .layer("Finder").definedBy("app.gleaner.extract.find..")
                .layer("Cleaners").definedBy("app.gleaner.extract.clean..")
                .layer("Rules").definedBy("app.gleaner.extract.rules..")
                .layer("Page").definedBy("app.gleaner.extract.page..")
                .whereLayer("Pipeline").mayNotBeAccessedByAnyLayer()
                .whereLayer("Metadata").mayOnlyBeAccessedByLayers("Pipeline")
                .whereLayer("Finder").mayOnlyBeAccessedByLayers("Pipeline", "Metadata")
                .whereLayer("Cleaners").mayOnlyBeAccessedByLayers("Pipeline", "Metadata", "Finder")
                .whereLayer("Rules").mayOnlyBeAccessedByLayers("Pipeline", "Metadata", "Finder", "Cleaners")
                .check(gleaner);
    }

    @Test
    void theExtractionPackagesHaveNoCycles() {
        slices().matching("app.gleaner.extract.(*)..").should().beFreeOfCycles().check(gleaner);
    }

    @Test
    void onlyTheStoreAndTheClipServiceSeeTheEntity() {
        noClasses().that().resideOutsideOfPackages("app.gleaner.library", "app.gleaner.clip")
                .should().dependOnClassesThat().areAssignableTo(ClipEntity.class)
                .check(gleaner);
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().areAssignableTo(ClipEntity.class)
                .check(gleaner);
    }

    @Test
    void resourcesStayThinAndNeverTouchTheDatabaseThemselves() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..",
                        "io.quarkus.hibernate..", "java.sql..", "javax.sql..")
                .check(gleaner);
    }
}
