package com.merchantanalysis.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoException;
import com.mongodb.MongoSocketReadTimeoutException;
import com.mongodb.ServerAddress;
import com.mongodb.connection.ClusterId;
import com.mongodb.connection.ServerId;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.UncategorizedMongoDbException;

class StoreOutagesTest {

    private static final ServerAddress STORE = new ServerAddress("127.0.0.1", 27017);

    @Test
    void aReadCaughtWhileThePoolIsClearedIsAnOutageThoughSpringLeavesItUncategorized() {
        MongoConnectionPoolClearedException cleared = new MongoConnectionPoolClearedException(
                new ServerId(new ClusterId(), STORE), new MongoSocketReadTimeoutException("read timed out", STORE, null));
        assertThat(StoreOutages.explain(new UncategorizedMongoDbException(cleared.getMessage(), cleared))).isTrue();
    }

    @Test
    void translatedAndRawConnectionErrorsAreOutages() {
        assertThat(StoreOutages.explain(new DataAccessResourceFailureException("timed out"))).isTrue();
        assertThat(StoreOutages.explain(new IllegalStateException("wrapped",
                new MongoSocketReadTimeoutException("read timed out", STORE, null)))).isTrue();
    }

    @Test
    void errorsOfTheRequestOrOfOurCodeAreNot() {
        assertThat(StoreOutages.explain(new DuplicateKeyException("E11000"))).isFalse();
        assertThat(StoreOutages.explain(new UncategorizedMongoDbException("bad query", new MongoException(2, "BadValue"))))
                .isFalse();
        assertThat(StoreOutages.explain(new IllegalStateException("bug"))).isFalse();
    }
}
