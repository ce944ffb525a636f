package com.merchantanalysis.common.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The house rules every module's {@code ArchitectureTest} checks on its own main classes: feature
 * packages without cycles, no app importing another (and {@code common} importing none), controllers
 * that use only their own feature, and time read only from the {@code Clock} bean, never from the system
 * clock outside configuration.
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

    /**
     * A feature's web classes (controllers, request and response records) call their own feature's
     * services: never another feature's beans (its services, components) nor its web classes. Values that
     * the own domain hands over (a finding, a job) may come from elsewhere; what one feature needs from
     * another is asked for inside the domain layer.
     */
    public static ArchRule controllersUseOnlyTheirOwnFeature(String rootPackage) {
        return classes().that().resideInAPackage(rootPackage + ".*.web..")
                .should(new ArchCondition<JavaClass>("call no other feature's beans or web classes") {
                    @Override
                    public void check(JavaClass web, ConditionEvents events) {
                        String feature = feature(rootPackage, web.getPackageName());
                        for (Dependency dependency : web.getDirectDependenciesFromSelf()) {
                            JavaClass used = dependency.getTargetClass();
                            String target = feature(rootPackage, used.getPackageName());
                            // The app's own web plumbing (root.web) is shared; implementing another feature's view
                            // contract (a job's view) is not calling it.
                            boolean otherFeature = target != null && !target.isEmpty() && !target.equals(feature)
                                    && !target.equals("web") && !web.getRawInterfaces().contains(used);
                            if (otherFeature && (used.getPackageName().contains(".web")
                                    || used.isMetaAnnotatedWith("org.springframework.stereotype.Component")
                                    || used.isAnnotatedWith("org.springframework.stereotype.Component"))) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                });
    }

    /** The first package level under the root ("" for the root itself), or null outside the root. */
    private static String feature(String rootPackage, String packageName) {
        if (packageName.equals(rootPackage)) {
            return "";
        }
        if (!packageName.startsWith(rootPackage + ".")) {
            return null;
        }
        String rest = packageName.substring(rootPackage.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
