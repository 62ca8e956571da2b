package org.openup.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openup.engine.StoreSettings;
import org.openup.testing.TestStores;
import org.openup.testing.WebProcess;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A web adapter stopped with SIGTERM hands back every projection segment before it exits, so the
 * next node (or the same one restarted) takes them over at once instead of after the claim
 * timeout. On H2 this failed for some segments: the store closed itself in a shutdown hook while
 * the processors were still handing theirs back.
 */
class GracefulStopIT {

    @TempDir
    Path home;

    private final WebNodes nodes = new WebNodes();

    @AfterEach
    void killNodes() {
        nodes.killAll();
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void sigtermHandsBackEverySegment(TestStores kind) throws Exception {
        // given: a node that has claimed every segment
        StoreSettings settings = kind.newStore(home.resolve("store"));
        WebProcess node = nodes.start("graceful-" + kind, kind.environment(settings));
        await("the node claims every segment").atMost(Duration.ofSeconds(30))
                .until(() -> owners(settings), owners -> !owners.isEmpty() && owners.stream().allMatch(o -> !o.equals("-")));

        // when: it is stopped with SIGTERM
        int exit = node.stop();

        // then: it exited as a stopped process does, and no segment is owned any more
        assertThat(exit).as("exit status after SIGTERM").isEqualTo(143);
        assertThat(owners(settings)).as("owners of the segments after the stop").isNotEmpty().containsOnly("-");
    }

    private static List<String> owners(StoreSettings settings) throws SQLException {
        List<String> owners = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(owner, '-') FROM token_entry")) {
            while (rs.next()) {
                owners.add(rs.getString(1));
            }
        } catch (SQLException e) {
            if (e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("token_entry")) {
                return owners; // not created yet: the node is still starting
            }
            throw e;
        }
        return owners;
    }
}
