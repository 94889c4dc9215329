package org.joinedup.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point one way, server -> pipeline -> core, and the server's features form no cycles. */
class ServerArchitectureTest {
    private static final JavaClasses JOINEDUP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.joinedup");

    @Test
    void coreDependsOnNeitherPipelineNorServer() {
        noClasses()
                .that()
                .resideInAPackage("org.joinedup.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.joinedup.pipeline..", "org.joinedup.server..", "org.joinedup.spark..")
                .check(JOINEDUP);
    }

    @Test
    void pipelineDependsOnCoreOnly() {
        noClasses()
                .that()
                .resideInAPackage("org.joinedup.pipeline..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.joinedup.server..", "org.joinedup.spark..", "org.springframework..")
                .check(JOINEDUP);
    }

    @Test
    void serverNeverUsesSparkOrTheBenchmarks() {
        noClasses()
                .that()
                .resideInAPackage("org.joinedup.server..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.joinedup.spark..", "org.joinedup.bench..", "org.apache.spark..")
                .check(JOINEDUP);
    }

    @Test
    void serverFeaturesHaveNoCycles() {
        slices().matching("org.joinedup.server.(*)..").should().beFreeOfCycles().check(JOINEDUP);
    }

    @Test
    void sqlStaysInTheStoreAndDatabasePackages() {
        noClasses()
                .that()
                .resideInAPackage("org.joinedup.server..")
                .and()
                .resideOutsideOfPackages("org.joinedup.server.store..", "org.joinedup.server.database..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "org.postgresql..", "org.springframework.jdbc..")
                .check(JOINEDUP);
    }
}
