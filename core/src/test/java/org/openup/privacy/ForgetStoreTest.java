package org.openup.privacy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openup.account.Accounts;
import org.openup.conversation.Conversations;
import org.openup.conversation.Outcome;
import org.openup.engine.store.Backups;
import org.openup.engine.readmodel.Replay;
import org.openup.engine.store.StoreSettings;
import org.openup.export.Exports;
import org.openup.spi.failure.NotAuthenticatedException;
import org.openup.journey.JourneyId;
import org.openup.journey.JourneyView;
import org.openup.journey.Journeys;
import org.openup.member.MemberId;
import org.openup.reflection.PartnerQuestions;
import org.openup.reflection.QuestionDecision;
import org.openup.reflection.ReflectionViews;
import org.openup.reflection.Reflections;
import org.openup.scene.Scenes;
import org.openup.testing.PostgresServer;
import org.openup.testing.RunningCore;
import org.openup.testing.TestStores;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Forgetting a member, end to end on a real store: a unique marker goes into every text field the
 * member can fill in, the member is forgotten, and the marker is then found nowhere: not in the
 * database (every byte of every file under the home folder: the SQLite file, its WAL and shared
 * memory, even while the store is open; or a PostgreSQL dump), not in any read model, not in a
 * backup made afterwards, not in any log line; and neither is the member's destroyed key. The partner's own text and the journey's structure stay.
 */
class ForgetStoreTest {

    @TempDir
    Path home;

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeEach
    void captureLogs() {
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
    }

    @AfterEach
    void stopCapturing() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void aForgottenMembersTextIsGoneEverywhereWhileTheStructureAndThePartnersTextStay(TestStores kind) throws Exception {
        StoreSettings settings = kind.newStore(home);
        String marker = "mk" + HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes()).substring(0, 20);
        MemberId ben = MemberId.newId();
        MemberId ana;
        JourneyId journeyId;
        try (RunningCore core = new RunningCore(settings)) {
            Accounts accounts = core.get(Accounts.class);
            Journeys journeys = core.get(Journeys.class);
            Reflections reflections = core.get(Reflections.class);
            PartnerQuestions partnerQuestions = core.get(PartnerQuestions.class);
            Scenes scenes = core.get(Scenes.class);
            Conversations conversations = core.get(Conversations.class);

            ana = accounts.register(marker + "-mail@example.org", "a long enough password", marker + " name").member();
            journeyId = journeys.start(ana, marker + " journey name").journeyId();
            journeys.join(ben, journeys.invitePartner(ana, journeyId).code(), "Ben keeps this");

            var asked = reflections.ask(ana, journeyId, "How do I get him to talk " + marker + " question?");
            reflections.settle(ana, journeyId, asked.questionId(), QuestionDecision.EDITED, "What keeps him " + marker + " edited?");
            String constraint = reflections.noteConstraint(ana, journeyId, null, marker + " own title", marker + " note").constraintId();
            reflections.reviseConstraint(ana, journeyId, constraint, marker + " revised note");
            reflections.shareConstraint(ana, journeyId, constraint, true);
            String moment = reflections.noteMoment(ana, journeyId, marker + " moment").momentId();
            reflections.thank(ana, journeyId, moment, marker + " thanks");
            partnerQuestions.ask(ana, journeyId, marker + " question for Ben?");
            var bensQuestion = partnerQuestions.ask(ben, journeyId, "Ben asks this, and it stays");
            partnerQuestions.answer(ana, journeyId, bensQuestion.askId(), marker + " answer to Ben", true);
            String scene = scenes.describe(ana, journeyId, new Scenes.Draft(marker + " scene", "evening", null, null, null, null, marker + " scene notes"));
            scenes.revise(ana, journeyId, scene, new Scenes.Draft(marker + " scene again", "evening", null, null, null, null, marker + " notes again"));
            String invitation = conversations.invite(ana, journeyId, marker + " topic", 5, List.of(scene)).invitationId();
            var talk = conversations.recordTalk(ana, journeyId, invitation, Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS), 5, scene, false);
            conversations.rate(ana, journeyId, talk.talkId(), 3, Outcome.NEUTRAL, marker + " got in the way");

            // The marker went in and reads back, so finding it nowhere later means something.
            assertThat(core.get(Exports.class).export(ana, journeyId).toString()).contains(marker + " revised note", marker + " topic");
            assertThat(journeys.journey(ben, journeyId).partner()).get().extracting(JourneyView.Member::displayName)
                    .isEqualTo(marker + " journey name");

            // The wrapped key as stored: after the forget no byte of any file may still hold it.
            String wrappedKey = core.rowsRaw("member_key").stream().filter(row -> row.contains(ana.value())).findFirst().orElseThrow()
                    .split(", ")[1];
            assertThat(wrappedKey).contains(".").hasSizeGreaterThan(40);
            if (kind == TestStores.SQLITE) {
                assertThat(everyFileUnder(home)).as("the key is in the files before the forget").contains(wrappedKey.split("\\.")[1]);
            }

            var forgotten = core.get(Forgetting.class).forget(ana);
            if (kind == TestStores.SQLITE) {
                // while the store is still open: the database, its WAL and its shared memory
                String files = everyFileUnder(home);
                for (String part : wrappedKey.split("\\.")) {
                    assertThat(files).as("a part of the destroyed key in the files").doesNotContain(part);
                }
                assertThat(files).doesNotContain(marker);
            }
            assertThat(forgotten.journeysLeft()).isEqualTo(1);
            assertThat(forgotten.accountDeleted()).isTrue();

            JourneyView seenByBen = journeys.journey(ben, journeyId);
            assertThat(seenByBen.partner()).get().satisfies(m -> {
                assertThat(m.displayName()).isEqualTo(PersonalText.FORGOTTEN);
                assertThat(m.active()).isFalse();
            });
            assertThat(seenByBen.viewer().displayName()).isEqualTo("Ben keeps this");
            assertThat(partnerQuestions.list(ben, journeyId)).anySatisfy(q -> assertThat(q.question()).isEqualTo("Ben asks this, and it stays"));
            // The invitation Ben received keeps its shape; its words are not shown (she left, so they are hers
            // again; the bytes check below finds them nowhere either).
            assertThat(conversations.invitations(ben, journeyId)).singleElement().satisfies(i -> {
                assertThat(i.topicHint()).isNull();
                assertThat(i.suggestedMinutes()).isEqualTo(5);
            });
            // Having left, Ana's scenes are no longer Ben's to see (as after any leave).
            assertThat(scenes.library(ben, journeyId)).isEmpty();
            assertThatThrownBy(() -> accounts.authenticate(marker + "-mail@example.org", "a long enough password", "127.0.0.1"))
                    .isInstanceOf(NotAuthenticatedException.class);

            assertThat(core.readModelContents().toString()).doesNotContain(marker).contains(ana.value());
            Map<String, List<String>> incremental = core.readModelContents();
            core.get(Replay.class).rebuildAll(progress -> { });
            assertThat(core.readModelContents()).isEqualTo(incremental);

            assertThat(everyRow(core)).doesNotContain(marker).contains(ana.value());
            if (kind == TestStores.SQLITE) {
                Path backup = Backups.backup(core.store(), home.resolve("after-forget.zip"));
                assertThat(unzipped(backup)).doesNotContain(marker).doesNotContain(wrappedKey.split("\\.")[1]).contains(ana.value());
            }
        }
        if (kind == TestStores.SQLITE) {
            assertThat(everyFileUnder(home)).doesNotContain(marker).contains(ana.value());
        } else {
            // bytea columns (the event payloads) are dumped as hex
            String hexMarker = HexFormat.of().formatHex(marker.getBytes(StandardCharsets.UTF_8));
            assertThat(pgDump(settings)).doesNotContain(marker).doesNotContain(hexMarker).contains(ana.value());
        }
        assertThat(logs.list).allSatisfy(line -> assertThat(line.getFormattedMessage() + line.getThrowableProxy())
                .doesNotContain(marker));
    }

    /** Every row of every table, as text: what any query of the database could ever return. */
    private static String everyRow(RunningCore core) throws Exception {
        StringBuilder out = new StringBuilder();
        List<String> tables = new ArrayList<>();
        try (Connection c = core.store().dataSource().getConnection();
             var rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                if (!"INFORMATION_SCHEMA".equalsIgnoreCase(schema) && !"pg_catalog".equals(schema)) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
        }
        assertThat(tables).isNotEmpty();
        for (String table : tables) {
            core.rowsRaw(table).forEach(row -> out.append(row).append('\n'));
        }
        return out.toString();
    }

    private static String everyFileUnder(Path dir) throws IOException {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return out.toString();
    }

    private static String unzipped(Path zip) throws IOException {
        StringBuilder out = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(out).isNotEmpty();
        return out.toString();
    }

    private static String pgDump(StoreSettings settings) throws Exception {
        PostgresServer server = PostgresServer.shared();
        String database = settings.jdbcUrl().substring(settings.jdbcUrl().lastIndexOf('/') + 1);
        Process dump = new ProcessBuilder(server.binaries().resolve("pg_dump").toString(), "-h", "127.0.0.1",
                "-p", String.valueOf(server.port()), "-U", "postgres", database)
                .redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = dump.getInputStream()) {
            in.transferTo(out);
        }
        assertThat(dump.waitFor()).as(out.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
