package com.merchantanalysis.common.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house rules every module's {@code ArchitectureTest} checks on its own main classes: feature
 * packages without cycles, no app importing another (and {@code common} importing none), and time
 * read only from the {@code Clock} bean, never from the system clock outside configuration.
 */
public final class ArchitectureRules {

    /** The root package of each deployable, and of common. */
    public static final List<String> APPS = List.of("com.merchantanalysis.gateway", "com.merchantanalysis.simulator",
            "com.merchantanalysis.cashflow", "com.merchantanalysis.costs", "com.merchantanalysis.compliance");
    public static final String COMMON = "com.merchantanalysis.common";

    private ArchitectureRules() {
    }

    /** The main classes of one module (tests excluded). */
    public static JavaClasses mainClasses(String rootPackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
    }

    /** Feature packages (the first level under the root) depend on each other without cycles. */
    public static ArchRule featurePackagesFreeOfCycles(String rootPackage) {
        return slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles();
    }

    /** A module uses no other app's code; for common, none at all. */
    public static ArchRule noOtherAppImported(String rootPackage) {
        String[] others = APPS.stream().filter(app -> !app.equals(rootPackage)).map(app -> app + "..")
                .toArray(String[]::new);
        return noClasses().should().dependOnClassesThat().resideInAnyPackage(others)
                .because("services share only HTTP and the merchant-data contract; common serves every app "
                        + "(packages " + Arrays.toString(others) + ")");
    }

    /** Time comes from the Clock bean, so tests and replays can set it; configuration makes that bean. */
    public static ArchRule noSystemClockOutsideConfiguration() {
        return noClasses().that().resideOutsideOfPackage("..config..")
                .should().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .because("time must come from the Clock bean");
    }
}
