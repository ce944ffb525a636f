package com.merchantanalysis.simulator.merchant.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.merchantanalysis.common.data.Licence;
import com.merchantanalysis.common.data.LicenceKind;

record LicenceView(
        @NotNull LicenceKind kind,
        @NotBlank @Size(max = 64) @Pattern(regexp = "[\\p{Alnum}\\-/]+", message = "may contain only letters, digits, '-' and '/'") String number,
        @NotNull LocalDate validUntil) {

    Licence toLicence() {
        return new Licence(kind, number, validUntil);
    }

    static LicenceView of(Licence licence) {
        return new LicenceView(licence.kind(), licence.number(), licence.validUntil());
    }
}
