package com.merchantanalysis.common.testsupport;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service on a random port against the shared embedded MongoDB, called over real HTTP. Every
 * service's API tests extend it, so that they share one Spring context per service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServiceApiTest {

    @LocalServerPort
    protected int port;

    /** For arranging data the way data-simulator would have written it. */
    @Autowired
    protected MongoTemplate mongo;

    protected TestHttp http;

    @DynamicPropertySource
    static void embeddedStores(DynamicPropertyRegistry registry) {
        EmbeddedMongo.register(registry);
    }

    @BeforeEach
    void client() {
        http = TestHttp.localhost(port);
    }
}
