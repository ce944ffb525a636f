package com.merchantanalysis.common;

import com.merchantanalysis.common.testsupport.ArchitectureCheck;

/** The house rules on this module's main classes. */
class ArchitectureTest extends ArchitectureCheck {

    ArchitectureTest() {
        super("com.merchantanalysis.common");
    }

    @Override
    protected boolean hasFeatureWebClasses() {
        return false;
    }
}
