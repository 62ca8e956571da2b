package org.openup.system;

import org.openup.engine.readmodel.Replay;
import org.openup.testing.RunningCore;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the store holds after a run, read through a fresh core once every node has stopped: the
 * events, the read models, and a replay of them.
 */
final class StoreAudit {

    private final RunningCore core;

    StoreAudit(RunningCore core) {
        this.core = core;
    }

    /** Every acknowledged moment has exactly one event, and every moment event exactly one read-model row. */
    void everyAcknowledgedMomentIsStoredAndProjectedOnce(Collection<MomentLoad.Ack> acknowledged) {
        List<String> inEvents = momentIdsInEvents();
        List<String> inReadModel = ids("SELECT moment_id FROM moment_view");
        List<String> acked = acknowledged.stream().map(MomentLoad.Ack::momentId).toList();

        assertThat(inEvents).as("moment events (a retried or replayed command must not append twice)").doesNotHaveDuplicates();
        assertThat(inEvents).as("acknowledged moments missing from the event store").containsAll(acked);
        assertThat(inReadModel).as("moment read model against the moment events: each projected exactly once")
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(inEvents);
        assertThat(core.count("SELECT COUNT(*) - COUNT(DISTINCT event_identifier) FROM domain_event_entry"))
                .as("events stored twice").isZero();
    }

    /** Drops and rebuilds every read model from the events, and compares with what the nodes built incrementally. */
    void everyReadModelEqualsAReplay() {
        Map<String, List<String>> incremental = core.readModelContents();
        core.get(Replay.class).rebuildAll(line -> { });
        Map<String, List<String>> replayed = core.readModelContents();
        assertThat(replayed.keySet()).isEqualTo(incremental.keySet());
        for (String table : incremental.keySet()) {
            assertThat(replayed.get(table)).as("table %s rebuilt from the events", table)
                    .containsExactlyElementsOf(incremental.get(table));
        }
    }

    private List<String> momentIdsInEvents() {
        List<String> ids = new ArrayList<>();
        try (Connection c = core.store().dataSource().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT payload FROM domain_event_entry WHERE payload_type LIKE '%MomentNoted'")) {
            while (rs.next()) {
                ids.add(Api.JSON.readTree(rs.getBytes(1)).get("momentId").asText());
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Cannot read the moment events", e);
        }
        assertThat(ids).as("moment events found (is the payload type still MomentNoted?)").isNotEmpty();
        return ids;
    }

    private List<String> ids(String sql) {
        List<String> ids = new ArrayList<>();
        try (Connection c = core.store().dataSource().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run " + sql, e);
        }
        return ids;
    }
}
