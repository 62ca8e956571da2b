package org.openup.engine.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openup.spi.failure.RefusedException;
import org.openup.journey.JourneyId;
import org.openup.journey.Journeys;
import org.openup.member.MemberId;
import org.openup.testing.RunningCore;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackupsTest {

    @TempDir
    Path home;

    private static final List<String> TABLES = List.of("domain_event_entry", "snapshot_event_entry", "journey_view",
            "journey_member_view", "partner_invitation_view");

    private static Map<String, List<String>> contents(RunningCore core) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        TABLES.forEach(t -> out.put(t, core.rows(t)));
        return out;
    }

    @Test
    void anOnlineBackupRestoresToTheSameContent() {
        StoreSettings settings = StoreSettings.embedded(home.resolve("store"));
        Path zip = home.resolve("backups/one.zip");
        Map<String, List<String>> atBackup;
        MemberId ana = MemberId.newId();
        try (RunningCore core = new RunningCore(settings)) {
            JourneyId j = core.get(Journeys.class).start(ana, "Ana").journeyId();
            core.get(Journeys.class).invitePartner(ana, j);
            Backups.backup(core.store(), zip);        // while the store is in use
            atBackup = contents(core);
            core.get(Journeys.class).start(ana, "Ana again"); // written after the backup
            assertThat(contents(core)).isNotEqualTo(atBackup);
            assertThatThrownBy(() -> Backups.restore(settings, zip)).isInstanceOf(RefusedException.class)
                    .hasMessageContaining("in use");
        }
        Backups.restore(settings, zip);
        try (RunningCore core = new RunningCore(settings)) {
            assertThat(contents(core)).isEqualTo(atBackup);
            assertThat(core.get(Journeys.class).journeysOf(ana)).hasSize(1);
        }
    }
}
