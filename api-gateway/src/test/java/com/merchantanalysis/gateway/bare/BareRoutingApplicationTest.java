package com.merchantanalysis.gateway.bare;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.mock.env.MockEnvironment;

/** The bare routing mode is a measurement tool: a deployment (docker profile) can never run it. */
class BareRoutingApplicationTest {

    private static ApplicationEnvironmentPreparedEvent preparedWith(String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), new SpringApplication(),
                new String[0], environment);
    }

    @Test
    void itRefusesToStartInTheDockerProfile() {
        var refuse = new BareRoutingApplication.RefuseDeployedProfiles();

        assertThatThrownBy(() -> refuse.onApplicationEvent(preparedWith("docker")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("measurements only");
        assertThatCode(() -> refuse.onApplicationEvent(preparedWith())).doesNotThrowAnyException();
    }
}
