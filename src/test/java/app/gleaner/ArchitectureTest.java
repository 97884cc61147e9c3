package app.gleaner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import app.gleaner.extract.page.Find;
import app.gleaner.library.ClipEntity;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The design the README's "Architecture" section describes, checked on the compiled classes (and, for what the
 * compiler copies into its readers, on the sources), so that a change which blurs it fails here rather than in a
 * reviewer's head.
 */
class ArchitectureTest {

    /** The extraction packages, each reading only those after it. */
    private static final List<String> EXTRACT_LAYERS = List.of("meta", "find", "clean", "rules", "page");
    private static final Path EXTRACT_SOURCES = Path.of("src/main/java/app/gleaner/extract");
    private static final Pattern EXTRACT_IMPORT = Pattern.compile("(?m)^import app\\.gleaner\\.extract\\.(\\w+)[.;]");
    private static final String RESOURCE = ".*Resource(\\$.*)?";

    private static JavaClasses gleaner;

    @BeforeAll
    static void importMainClasses() {
        gleaner = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.gleaner");
    }

    /**
     * The cleaning pipeline reads a capture and writes an article: no HTTP (not even a client), no storage, nothing of
     * the server's but the one sanitizer.
     */
    @Test
    void extractionReadsOnlyItselfTheSanitizerJsoupAndJson() {
        classes().that().resideInAPackage("app.gleaner.extract..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("app.gleaner.extract..",
                        "app.gleaner.sanitize..", "org.jsoup..", "com.fasterxml.jackson..", "java.lang..",
                        "java.util..", "java.io", "java.net", "java.nio.charset", "java.text", "java.time..")
                .check(gleaner);
    }

    /**
     * The pipeline's packages in the order they depend on each other ({@link #EXTRACT_LAYERS}): the pipeline reads
     * them all, and each of them reads only those below it, never one above.
     */
    @Test
    void theExtractionPackagesOnlyReadDownward() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("extract").definedBy("app.gleaner.extract");
        for (String layer : EXTRACT_LAYERS) {
            layers = layers.layer(layer).definedBy("app.gleaner.extract." + layer + "..");
        }
        layers = layers.whereLayer("extract").mayNotBeAccessedByAnyLayer();
        List<String> above = new ArrayList<>(List.of("extract"));
        for (String layer : EXTRACT_LAYERS.subList(0, EXTRACT_LAYERS.size() - 1)) {
            layers = layers.whereLayer(layer).mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
            above.add(layer);
        }
        layers.check(gleaner);
    }

    /**
     * The same order on the sources: the compiler copies a constant into the class that reads it, so a constant read
     * from a package above leaves no trace in the class files for the rule above to see.
     */
    @Test
    void theExtractionPackagesOnlyImportDownward() throws IOException {
        List<String> upward = new ArrayList<>();
        for (String layer : EXTRACT_LAYERS) {
            try (Stream<Path> files = Files.walk(EXTRACT_SOURCES.resolve(layer))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher imported = EXTRACT_IMPORT.matcher(Files.readString(file));
                    while (imported.find()) {
                        if (EXTRACT_LAYERS.indexOf(imported.group(1)) <= EXTRACT_LAYERS.indexOf(layer)) {
                            upward.add(EXTRACT_SOURCES.relativize(file) + " imports " + imported.group(1));
                        }
                    }
                }
            }
        }
        assertThat(EXTRACT_SOURCES.resolve("page")).isDirectory();
        assertThat(upward).isEmpty();
    }

    /**
     * Queries by a jsoup evaluator go through {@link Find}, which walks the elements, not through jsoup's select,
     * whose stream over every node cost the pipeline a tenth of its time.
     */
    @Test
    void extractionQueriesByEvaluatorThroughFind() {
        noClasses().that().resideInAPackage("app.gleaner.extract..")
                .should().callMethod(Element.class, "select", Evaluator.class)
                .orShould().callMethod(Element.class, "selectFirst", Evaluator.class)
                .orShould().callMethod(Element.class, "getAllElements")
                .check(gleaner);
    }

    @Test
    void onlyClipAndLibrarySeeTheEntity() {
        noClasses().that().resideOutsideOfPackages("app.gleaner.library", "app.gleaner.clip")
                .should().dependOnClassesThat().areAssignableTo(ClipEntity.class)
                .check(gleaner);
        noClasses().that().haveNameMatching(RESOURCE)
                .should().dependOnClassesThat().areAssignableTo(ClipEntity.class)
                .check(gleaner);
    }

    @Test
    void resourcesStayThinAndNeverTouchTheDatabaseThemselves() {
        noClasses().that().haveNameMatching(RESOURCE)
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..",
                        "io.quarkus.hibernate..", "java.sql..", "javax.sql..")
                .check(gleaner);
    }
}
