package com.merchantanalysis.common.testsupport;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** The house rules ({@link ArchitectureRules}) as tests; each module's {@code ArchitectureTest} names its root. */
public abstract class ArchitectureCheck {

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
    void timeComesFromTheClockBean() {
        ArchitectureRules.noSystemClockOutsideConfiguration().check(classes());
    }

    private JavaClasses classes() {
        return ArchitectureRules.mainClasses(root);
    }
}
