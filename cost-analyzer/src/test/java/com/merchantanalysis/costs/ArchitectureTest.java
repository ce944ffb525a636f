package com.merchantanalysis.costs;

import com.merchantanalysis.common.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The house rules (common's ArchitectureRules) on this module's main classes. */
class ArchitectureTest {

    private static final String ROOT = "com.merchantanalysis.costs";

    @Test
    void featurePackagesHaveNoCycles() {
        ArchitectureRules.featurePackagesFreeOfCycles(ROOT).check(ArchitectureRules.mainClasses(ROOT));
    }

    @Test
    void noOtherAppIsImported() {
        ArchitectureRules.noOtherAppImported(ROOT).check(ArchitectureRules.mainClasses(ROOT));
    }

    @Test
    void timeComesFromTheClockBean() {
        ArchitectureRules.noSystemClockOutsideConfiguration().check(ArchitectureRules.mainClasses(ROOT));
    }
}
