package com.merchantanalysis.gateway.attack;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every attack case tried in this run, for the summary printed when the suite ends. */
final class AttackLedger {

    record Case(String category, String name, int status, boolean asExpected) {
    }

    private final List<Case> cases = new CopyOnWriteArrayList<>();

    void record(String category, String name, int status, boolean asExpected) {
        cases.add(new Case(category, name, status, asExpected));
    }

    int tried() {
        return cases.size();
    }

    long asExpected() {
        return cases.stream().filter(Case::asExpected).count();
    }

    long serverErrors() {
        return cases.stream().filter(c -> c.status() >= 500).count();
    }

    String summary() {
        Map<String, long[]> byCategory = new TreeMap<>();
        for (Case c : cases) {
            long[] counts = byCategory.computeIfAbsent(c.category(), k -> new long[3]);
            counts[0]++;
            counts[1] += c.asExpected() ? 1 : 0;
            counts[2] += c.status() >= 500 ? 1 : 0;
        }
        StringBuilder text = new StringBuilder("\n==== Attack suite summary ====\n");
        text.append(String.format("%-22s %7s %12s %5s%n", "category", "tried", "as expected", "5xx"));
        byCategory.forEach((category, counts) -> text.append(String.format("%-22s %7d %12d %5d%n", category,
                counts[0], counts[1], counts[2])));
        text.append(String.format("%-22s %7d %12d %5d%n", "TOTAL", tried(), asExpected(), serverErrors()));
        cases.stream().filter(c -> !c.asExpected()).forEach(c -> text.append("  not as expected: [")
                .append(c.category()).append("] ").append(c.name()).append(" -> ").append(c.status()).append('\n'));
        return text.append("==============================\n").toString();
    }
}
