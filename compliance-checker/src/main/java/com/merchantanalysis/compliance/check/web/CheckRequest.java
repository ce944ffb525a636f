package com.merchantanalysis.compliance.check.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A check over merchant-local days {@code from}..{@code to} (both included, at most five years).
 *
 * @param ruleSetVersion  pins a published rule set (see GET /rules); without it each day is judged by the
 *                        rule version in force on it
 */
record CheckRequest(@NotNull LocalDate from, @NotNull LocalDate to, @Size(max = 40) String ruleSetVersion) {
}
