package org.openup.engine.crypto;

import org.openup.engine.readmodel.Replay;
import org.openup.engine.store.Store;
import org.openup.engine.store.StoreSettings;
import org.openup.engine.store.StoreUnavailableException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openup.journey.JourneyId;
import org.openup.journey.JourneyView;
import org.openup.journey.Journeys;
import org.openup.member.MemberId;
import org.openup.member.MemberIds;
import org.openup.testing.RunningCore;
import org.openup.testing.TestStores;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Personal text in stored events: sealed, bound to its owner, and still readable from older revisions. */
class SealedEventsStoreTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void storedEventsAreReadableJsonExceptTheSealedText(TestStores kind) {
        MemberId ana = MemberId.newId();
        try (RunningCore core = new RunningCore(kind.newStore(home))) {
            core.get(Journeys.class).start(ana, "Ana Marker-7f3e");

            String payload = core.rowsRaw("domain_event_entry").get(0);
            assertThat(payload).contains("\"memberId\":\"" + ana + "\"")
                    .contains("\"displayName\":{\"by\":\"" + ana + "\",\"aes\":\"")
                    .doesNotContain("Marker-7f3e");
            assertThat(core.rowsRaw("journey_member_view").toString()).contains("ou1:" + ana + ":").doesNotContain("Marker-7f3e");
            assertThat(core.get(Journeys.class).journeysOf(ana).get(0).viewer().displayName()).isEqualTo("Ana Marker-7f3e");
        }
    }

    @Test
    void textSealedForOneMemberCannotBePassedOffAsAnothersOrAltered() {
        String ana = MemberIds.newId();
        String ben = MemberIds.newId();
        try (RunningCore core = new RunningCore(StoreSettings.embedded(home))) {
            Keyring keyring = core.get(Keyring.class);
            String sealed = keyring.sealForColumn(ana, "only Ana's");
            keyring.sealForColumn(ben, "Ben has a key too");

            assertThat(keyring.openColumn(sealed)).isEqualTo("only Ana's");
            assertThatThrownBy(() -> keyring.openColumn(sealed.replace(ana, ben)))
                    .isInstanceOf(StoreUnavailableException.class).hasMessageContaining("integrity");
            char[] chars = sealed.toCharArray();
            int last = chars.length - 3;
            chars[last] = chars[last] == 'A' ? 'B' : 'A';
            assertThatThrownBy(() -> keyring.openColumn(new String(chars)))
                    .isInstanceOf(StoreUnavailableException.class).hasMessageContaining("integrity");

            keyring.forget(ana);
            assertThat(keyring.openColumn(sealed)).isEqualTo(Keyring.FORGOTTEN);
            // no new key is ever made for a forgotten member
            assertThat(keyring.sealForColumn(ana, "again")).isEqualTo("ou1:" + ana + ":");
            assertThat(keyring.isForgotten(ben)).isFalse();
        }
    }

    /** An event written before encryption (revision 1, text as a plain string) still loads, upcast. */
    @ParameterizedTest
    @EnumSource(TestStores.class)
    void anOlderRevisionOfAnEventIsUpcastWhenLoaded(TestStores kind) throws Exception {
        MemberId ana = MemberId.newId();
        JourneyId journeyId = JourneyId.newId();
        StoreSettings settings = kind.newStore(home);
        try (Store store = Store.open(settings); Connection c = store.dataSource().getConnection();
             PreparedStatement p = c.prepareStatement("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, "
                     + "sequence_number, type, timestamp, payload_type, payload_revision, payload, meta_data) "
                     + "VALUES (?, ?, 0, 'Journey', ?, 'org.openup.journey.JourneyEvents$JourneyStarted', '1', ?, ?)")) {
            p.setString(1, UUID.randomUUID().toString());
            p.setString(2, journeyId.value());
            p.setString(3, Instant.parse("2026-10-01T08:00:00Z").toString());
            p.setBytes(4, ("{\"journeyId\":\"" + journeyId + "\",\"memberId\":\"" + ana + "\",\"displayName\":\"Ana from October\"}")
                    .getBytes(StandardCharsets.UTF_8));
            p.setBytes(5, "{}".getBytes(StandardCharsets.UTF_8));
            p.executeUpdate();
        }
        try (RunningCore core = new RunningCore(settings)) {
            Journeys journeys = core.get(Journeys.class);
            // a rebuild of the read models reads it ...
            core.get(Replay.class).rebuildAll(line -> { });
            assertThat(journeys.journeysOf(ana)).singleElement().satisfies(j ->
                    assertThat(j.viewer().displayName()).isEqualTo("Ana from October"));
            JourneyView journey = journeys.journey(ana, journeyId);
            assertThat(journey.startedAt()).isEqualTo(Instant.parse("2026-10-01T08:00:00Z"));
            // ... the aggregate loads from it and takes new commands ...
            journeys.invitePartner(ana, journeyId);
            // ... and the read model holds the upcast text sealed, like new text.
            assertThat(core.rowsRaw("journey_member_view").toString()).doesNotContain("Ana from October");
        }
    }

    @Test
    void theMasterKeyFileIsMadeOnceAndReadableByItsOwnerOnly() throws Exception {
        MasterKey first = MasterKey.from(Map.of(), home);
        Path file = home.resolve(MasterKey.FILE_NAME);
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(MasterKey.from(Map.of(), home).key()).isEqualTo(first.key());
        assertThat(first.toString()).doesNotContain(Files.readString(file).strip());

        String given = MasterKey.generate();
        assertThat(MasterKey.from(Map.of(MasterKey.ENV, given), home).key().getEncoded())
                .isEqualTo(java.util.Base64.getDecoder().decode(given));
        assertThatThrownBy(() -> MasterKey.from(Map.of(MasterKey.ENV, "not base64!"), home))
                .hasMessageContaining("not base64");
        assertThatThrownBy(() -> MasterKey.from(Map.of(MasterKey.ENV, "c2hvcnQ="), home))
                .hasMessageContaining("must be 32 bytes");
    }

    @Test
    void aStoreRefusesAMasterKeyOtherThanTheOneItWasCreatedWith() throws Exception {
        MemberId ana = MemberId.newId();
        try (RunningCore core = new RunningCore(StoreSettings.embedded(home))) {
            core.get(Journeys.class).start(ana, "Ana");
        }
        Files.writeString(home.resolve(MasterKey.FILE_NAME), MasterKey.generate());
        try (RunningCore core = new RunningCore(StoreSettings.embedded(home))) {
            assertThatThrownBy(() -> core.get(Journeys.class).journeysOf(ana))
                    .hasMessageContaining("different master key");
        }
    }
}
