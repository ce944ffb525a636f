package com.merchantanalysis.cashflow.forecast.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/** An interval's coverage in percent, strictly between 0 and 100 (80 for an 80% interval). */
@Target({ TYPE_USE, FIELD, PARAMETER })
@Retention(RUNTIME)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@NotNull
@DecimalMin(value = "0", inclusive = false)
@DecimalMax(value = "100", inclusive = false)
@interface CoverageLevel {

    /** In the reader's language: Boot's validator resolves the key from the app's messages bundles. */
    String message() default "{validation.coverageLevel}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
