package com.merchantanalysis.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraceParentTest {

    @Test
    void parsesAValidHeaderAndKeepsTheTraceInChildSpans() {
        TraceParent parent = TraceParent.parse("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01").orElseThrow();
        TraceParent child = parent.child();

        assertThat(parent.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(parent.sampled()).isTrue();
        assertThat(child.traceId()).isEqualTo(parent.traceId());
        assertThat(child.spanId()).isNotEqualTo(parent.spanId()).hasSize(16);
        assertThat(TraceParent.parse(child.header())).contains(child);
    }

    @Test
    void ignoresInvalidHeaders() {
        assertThat(TraceParent.parse(null)).isEmpty();
        assertThat(TraceParent.parse("garbage")).isEmpty();
        assertThat(TraceParent.parse("00-00000000000000000000000000000000-00f067aa0ba902b7-01")).isEmpty();
        assertThat(TraceParent.parse("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01")).isEmpty();
        assertThat(TraceParent.parse("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01")).isEmpty();
    }

    @Test
    void newTracesAreUnique() {
        assertThat(TraceParent.newTrace().traceId()).isNotEqualTo(TraceParent.newTrace().traceId()).hasSize(32);
    }
}
