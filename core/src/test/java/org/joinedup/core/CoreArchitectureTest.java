package org.joinedup.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Core stays plain Java: no framework, no files, network or databases, and no cycles between features.
 * The one library allowed is Apache Commons Statistics (with Commons Numbers), for the probability
 * distributions behind confidence intervals and tests.
 */
class CoreArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.joinedup.core");

    @Test
    void coreDependsOnlyOnTheJavaPlatformAndCommonsStatistics() {
        noClasses()
                .that()
                .resideInAPackage("org.joinedup.core..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages(
                        "org.joinedup.core..",
                        "java..",
                        "org.apache.commons.statistics..",
                        "org.apache.commons.numbers..")
                .check(CORE);
    }

    @Test
    void coreDoesNoFileNetworkOrDatabaseAccess() {
        noClasses()
                .that()
                .resideInAPackage("org.joinedup.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.nio.file..", "java.sql..", "java.net..")
                .orShould()
                .dependOnClassesThat()
                .haveNameMatching("java\\.io\\.(File|RandomAccessFile).*")
                .check(CORE);
    }

    @Test
    void onlyTheBuiltInCatalogueReadsResources() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("org.joinedup.core.catalogue.BuiltInCatalogue")
                .should()
                .callMethod(Class.class, "getResourceAsStream", String.class)
                .orShould()
                .callMethod(ClassLoader.class, "getResourceAsStream", String.class)
                .check(CORE);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.joinedup.core.(*)..").should().beFreeOfCycles().check(CORE);
    }
}
