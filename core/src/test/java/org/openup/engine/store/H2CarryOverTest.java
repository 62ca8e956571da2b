package org.openup.engine.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.google.inject.Guice;
import com.google.inject.Injector;
import org.openup.Core;
import org.openup.CoreModule;
import org.openup.account.Accounts;
import org.openup.account.Sessions;
import org.openup.engine.crypto.Keyring;
import org.openup.journey.JourneyId;
import org.openup.journey.Journeys;
import org.openup.member.MemberId;
import org.openup.privacy.PersonalText;
import org.openup.reflection.Reflections;
import org.openup.testing.RunningCore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store written by OpenUp 0.1 (an H2 file, kept here as a fixture made through that version's
 * web API: two members in a journey with moments, a constraint, a webhook endpoint and a calendar
 * feed, and a third member who was forgotten) is carried into SQLite on the first start.
 */
class H2CarryOverTest {

    @TempDir
    Path home;

    @Test
    void theFirstStartCarriesEverythingOverAndRebuildsTheReadModels() throws Exception {
        Properties expected = unzipFixture();
        StoreSettings settings = StoreSettings.embedded(home);
        long oldEvents;
        // a process that only reads (a CLI run) finds the read models rebuilt already
        Injector reader = Guice.createInjector(new CoreModule(settings));
        try (Core core = reader.getInstance(Core.class)) {
            assertThat(reader.getInstance(Reflections.class).moments(MemberId.of(expected.getProperty("ben")),
                    JourneyId.of(expected.getProperty("journey"))))
                    .hasSize(60);
        }
        try (RunningCore core = new RunningCore(settings)) {
            MemberId ana = MemberId.of(expected.getProperty("ana"));
            MemberId ben = MemberId.of(expected.getProperty("ben"));
            JourneyId journey = JourneyId.of(expected.getProperty("journey"));
            oldEvents = core.store().eventCount();
            assertThat(oldEvents).as("events carried").isGreaterThan(60);

            // the events in their order, read back through the rebuilt read models and the old member keys
            Reflections reflections = core.get(Reflections.class);
            assertThat(reflections.moments(ana, journey)).anySatisfy(m -> assertThat(m.what()).isEqualTo("Ben told me about his brother"));
            assertThat(reflections.moments(ben, journey)).hasSize(60);
            assertThat(core.get(Journeys.class).journey(ana, journey).partner()).get()
                    .satisfies(partner -> assertThat(partner.displayName()).isEqualTo("Ben"));
            // accounts and sessions: Ana signs in with her password, and her browser's session still holds
            assertThat(core.get(Accounts.class).authenticate("ana@example.org", "ana has a long password", "127.0.0.1").member())
                    .isEqualTo(ana);
            assertThat(core.get(Sessions.class).find(expected.getProperty("anaSessionToken"))).get()
                    .satisfies(session -> assertThat(session.memberId()).isEqualTo(ana));
            // the forgotten member stays forgotten
            assertThat(core.get(Keyring.class).isForgotten(expected.getProperty("cleo"))).isTrue();
            // the plugins' tables came along
            assertThat(core.rows("webhook_endpoint")).singleElement().asString().contains(ben.value());
            assertThat(core.rows("calendar_feed")).singleElement().asString().contains(ana.value());
            // and the read models equal a rebuild from the carried events
            var built = core.readModelContents();
            core.get(org.openup.engine.readmodel.Replay.class).rebuildAll(line -> { });
            assertThat(core.readModelContents()).isEqualTo(built);

            // new events continue after the carried ones
            long head = core.store().headIndex();
            reflections.noteMoment(ana, journey, "After the move");
            assertThat(core.store().headIndex()).isGreaterThan(head);
        }
        // the old file is kept under another name, and the next start does not carry it again
        assertThat(home.resolve("openup.mv.db")).doesNotExist();
        assertThat(home.resolve("openup.mv.db" + H2CarryOver.CARRIED_SUFFIX)).exists();
        try (RunningCore again = new RunningCore(settings)) {
            assertThat(again.store().eventCount()).isEqualTo(oldEvents + 1);
        }
    }

    @Test
    void processesStartingTogetherCarryItOverOnce() throws Exception {
        unzipFixture();
        StoreSettings settings = StoreSettings.embedded(home);
        java.util.concurrent.ExecutorService starters = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Long>> counts = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                counts.add(starters.submit(() -> {
                    try (Store store = Store.open(settings)) {
                        return store.eventCount();
                    }
                }));
            }
            long first = counts.get(0).get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(first).isGreaterThan(60);
            assertThat(counts.get(1).get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(first);
        } finally {
            starters.shutdownNow();
        }
        assertThat(home.resolve("openup.mv.db" + H2CarryOver.CARRIED_SUFFIX)).exists();
        // the carried file is owner-only: it holds password hashes and every member's key as it was then
        assertThat(java.nio.file.Files.getPosixFilePermissions(home.resolve("openup.mv.db" + H2CarryOver.CARRIED_SUFFIX)))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }

    private Properties unzipFixture() throws IOException {
        try (InputStream in = H2CarryOverTest.class.getResourceAsStream("h2-store-0.1.zip");
             ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
                Files.copy(entries, home.resolve(Path.of(e.getName()).getFileName()));
            }
        }
        Properties expected = new Properties();
        try (InputStream in = Files.newInputStream(home.resolve("expected.properties"))) {
            expected.load(in);
        }
        assertThat(List.of("openup.mv.db", "master.key")).allSatisfy(f -> assertThat(home.resolve(f)).exists());
        return expected;
    }
}
