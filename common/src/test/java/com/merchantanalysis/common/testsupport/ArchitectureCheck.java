package com.merchantanalysis.common.testsupport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** The house rules ({@link ArchitectureRules}) as tests; each module's {@code ArchitectureTest} names its root. */
public abstract class ArchitectureCheck {

    /** Importing a module's classes takes seconds; once per module is enough for all its rules. */
    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    private final String root;

    protected ArchitectureCheck(String root) {
        this.root = root;
    }

    @Test
    void featurePackagesHaveNoCycles() {
        ArchitectureRules.featurePackagesFreeOfCycles(root).check(classes());
    }

    @Test
    void noOtherAppIsImported() {
        ArchitectureRules.noOtherAppImported(root).check(classes());
    }

    @Test
    void controllersUseOnlyTheirOwnFeature() {
        // a module without feature web packages (common) has nothing this rule could check
        ArchitectureRules.controllersUseOnlyTheirOwnFeature(root).allowEmptyShould(!hasFeatureWebClasses())
                .check(classes());
    }

    /** Whether the module has feature web classes ({@code root.<feature>.web}); only common has none. */
    protected boolean hasFeatureWebClasses() {
        return true;
    }

    @Test
    void timeComesFromTheClockBean() {
        ArchitectureRules.noSystemClockOutsideConfiguration().check(classes());
    }

    private JavaClasses classes() {
        return IMPORTED.computeIfAbsent(root, ArchitectureRules::mainClasses);
    }
}
