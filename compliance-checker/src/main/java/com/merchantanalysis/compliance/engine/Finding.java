package com.merchantanalysis.compliance.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.merchantanalysis.compliance.rules.model.Dimension;
import com.merchantanalysis.compliance.rules.model.Severity;
import com.merchantanalysis.common.text.Message;

/**
 * What one rule version saw over a stretch of days: a finding (the indicator was reached) or a near miss
 * (close to it). It holds no sentence in any language: the rule version's texts (title, citation, what it
 * means, how to fix) are looked up by {@code ruleId} and {@code ruleVersion}, and {@code facts} is worded
 * when read, so a stored report serves a Chinese and an English reader alike.
 *
 * @param facts          what the rule saw on this merchant's data (amounts, counts, days), as a message
 * @param measured       the value the rule measured (an amount, ratio, score, count or days)
 * @param threshold      the value at which the rule fires
 * @param unit           what both are in: CNY, RATIO, SCORE, COUNT or DAYS
 * @param totalAmount    the sum of all evidence transactions (not only the ones listed)
 * @param evidenceCount  how many transactions the finding rests on; at most a configured number are listed
 */
public record Finding(
        String ruleId,
        int ruleVersion,
        Severity severity,
        Dimension dimension,
        Message facts,
        LocalDate from,
        LocalDate to,
        BigDecimal measured,
        BigDecimal threshold,
        String unit,
        BigDecimal totalAmount,
        int evidenceCount,
        List<Evidence> evidence) {

    public Finding {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
