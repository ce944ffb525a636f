package com.merchantanalysis.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The merchant a path names is in the log context while the controller runs, and gone afterwards:
 * Spring MVC's dispatcher with the interceptor and {@link TraceContextFilter} in front, as in a service.
 */
class MerchantLogContextInterceptorTest {

    private MockMvc mvc;

    @BeforeEach
    void mvc() {
        MDC.clear();
        mvc = MockMvcBuilders.standaloneSetup(new LogContextController())
                .addInterceptors(new MerchantLogContextInterceptor())
                .addFilters(new TraceContextFilter())
                .build();
    }

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void aPathNamingAMerchantPutsItInTheLogContextOfTheRequest() throws Exception {
        mvc.perform(get("/api/v1/costs/merchants/6650c0ffee0000000000abcd/summary"))
                .andExpect(status().isOk())
                .andExpect(content().string("merchantId=6650c0ffee0000000000abcd"));
    }

    @Test
    void aPathWithoutAMerchantLeavesItOut() throws Exception {
        mvc.perform(get("/api/v1/simulator/jobs/job-1"))
                .andExpect(status().isOk())
                .andExpect(content().string("merchantId=null"));
    }

    @Test
    void theMerchantIsGoneOnceTheRequestEnds() throws Exception {
        mvc.perform(get("/api/v1/costs/merchants/m-1/summary")).andExpect(content().string("merchantId=m-1"));

        assertThat(MDC.get(MerchantLogContextInterceptor.MDC_KEY)).isNull();
        mvc.perform(get("/api/v1/simulator/jobs/job-1")).andExpect(content().string("merchantId=null"));
    }

    @Test
    void aValueTooLongForAMerchantIdIsNotLoggedAsOne() throws Exception {
        String tooLong = "m".repeat(MerchantLogContextInterceptor.MAX_LENGTH + 1);

        mvc.perform(get("/api/v1/costs/merchants/" + tooLong + "/summary"))
                .andExpect(content().string("merchantId=null"));
    }

    @RestController
    static class LogContextController {

        @GetMapping("/api/v1/costs/merchants/{merchantId}/summary")
        String summary(@PathVariable String merchantId) {
            return "merchantId=" + MDC.get(MerchantLogContextInterceptor.MDC_KEY);
        }

        @GetMapping("/api/v1/simulator/jobs/{jobId}")
        String job(@PathVariable String jobId) {
            return "merchantId=" + MDC.get(MerchantLogContextInterceptor.MDC_KEY);
        }
    }
}
