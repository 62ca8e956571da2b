package org.openup.journey;

import org.openup.engine.axon.Commands;
import org.openup.engine.readmodel.Jdbc;
import org.openup.spi.failure.InvalidInputException;
import org.openup.spi.failure.NotFoundException;
import org.openup.spi.failure.RefusedException;
import org.openup.journey.JourneyAnswers.Joined;
import org.openup.journey.JourneyAnswers.PartnerInvitation;
import org.openup.journey.JourneyAnswers.Started;
import org.openup.journey.JourneyCommands.CreatePartnerInvitation;
import org.openup.journey.JourneyCommands.JoinJourney;
import org.openup.journey.JourneyCommands.LeaveJourney;
import org.openup.journey.JourneyCommands.RenameMember;
import org.openup.journey.JourneyCommands.SetTimeZone;
import org.openup.journey.JourneyCommands.StartJourney;
import org.openup.member.DisplayName;
import org.openup.member.MemberId;
import org.openup.privacy.PersonalText;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Everything a member can do with journeys, and everything they may see of them. Each write
 * returns once it is durable and the read models show it; each query is asked on behalf of a
 * member and answers only with journeys that member belongs (or belonged) to.
 */
public final class Journeys {

    public static final Duration INVITATION_VALID_FOR = Duration.ofDays(7);
    /** Journeys whose rows are kept for the checks before writes (see {@link #current}). */
    static final int KEPT_FOR_WRITES = 10_000;

    private final Jdbc jdbc;
    private final Commands commands;
    private final Clock clock;
    /**
     * At most a second, like the read cache's answers: a replay run beside a running web adapter
     * rebuilds the rows without a new event of the journey, and one that repaired them must reach
     * the check before a write too.
     */
    private final Cache<JourneyId, Kept> keptForWrites = Caffeine.newBuilder().maximumSize(KEPT_FOR_WRITES)
            .expireAfterWrite(Duration.ofSeconds(1)).build();

    public Journeys(Jdbc jdbc, Commands commands, Clock clock) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.clock = clock;
    }

    public Started start(MemberId member, String displayName) {
        JourneyId journeyId = JourneyId.newId();
        send(journeyId, new StartJourney(journeyId.value(), member.value(), DisplayName.of(member, displayName)));
        return new Started(journeyId, member);
    }

    public PartnerInvitation invitePartner(MemberId member, JourneyId journeyId) {
        JourneyView journey = journey(member, journeyId);
        String code = InvitationCode.generate();
        Instant expiresAt = clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(INVITATION_VALID_FOR);
        send(journey.journeyId(), new CreatePartnerInvitation(journey.journeyId().value(), journey.viewerId().value(),
                InvitationCode.hash(code), expiresAt));
        return new PartnerInvitation(journey.journeyId(), code, expiresAt);
    }

    public Joined join(MemberId member, String code, String displayName) {
        String codeHash = InvitationCode.hash(code);
        var name = DisplayName.of(member, displayName);
        JourneyId journeyId = journeyForCode(codeHash).orElseThrow(() -> new RefusedException(
                "No journey is waiting for this invitation code. Check it for typos, or ask your partner for a new one."));
        send(journeyId, new JoinJourney(journeyId.value(), member.value(), name, codeHash));
        return new Joined(journeyId, member);
    }

    /** Sets the member's time zone (an IANA name such as Europe/Berlin). */
    public JourneyView setTimeZone(MemberId member, JourneyId journeyId, String zone) {
        JourneyView journey = journey(member, journeyId);
        String id = zone("zone", zone);
        send(journey.journeyId(), new SetTimeZone(journey.journeyId().value(), journey.viewerId().value(), id));
        return journey(member, journeyId);
    }

    /**
     * The name the member is shown by, in every journey they are still in (a journey they left
     * keeps the name they had). Returns the name as it will be shown.
     */
    public PersonalText rename(MemberId member, String displayName) {
        PersonalText name = DisplayName.of(member, displayName);
        journeysOf(member).stream().filter(JourneyView::viewerActive)
                .forEach(j -> send(j.journeyId(), new RenameMember(j.journeyId().value(), member.value(), name)));
        return name;
    }

    /** A zone name as typed (Europe/Berlin), as its canonical id; anything else is refused as input naming {@code field}. */
    public static String zone(String field, String typed) {
        try {
            return ZoneId.of(typed == null ? "" : typed.strip()).getId();
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "'" + typed + "' is not a time zone (use a name like Europe/Berlin or America/Chicago).");
        }
    }

    public void leave(MemberId member, JourneyId journeyId) {
        JourneyView journey = journey(member, journeyId);
        send(journey.journeyId(), new LeaveJourney(journey.journeyId().value(), journey.viewerId().value()));
    }

    /** The journeys the member is or was part of, newest first. */
    public List<JourneyView> journeysOf(MemberId member) {
        return query(member, null);
    }

    /** One journey as the member sees it; unknown ids and other people's journeys look the same. */
    public JourneyView journey(MemberId member, JourneyId journeyId) {
        List<JourneyView> found = query(member, journeyId);
        if (found.isEmpty()) {
            throw JourneyId.unknown(journeyId.value());
        }
        return found.get(0);
    }

    private void send(JourneyId journeyId, Object command) {
        commands.send(command);
    }

    private Optional<JourneyId> journeyForCode(String codeHash) {
        return jdbc.one("SELECT journey_id FROM partner_invitation_view WHERE code_hash = ?", rs -> JourneyId.of(rs.getString(1)), codeHash);
    }

    /**
     * As {@link #journey}, for the check before a write, which no cache under the store's stamp can
     * spare: under a load of writes the stamp never stands still. The journey's rows are kept with
     * the sequence number of the journey's newest event, read in the same statement, and used again
     * while that number has not moved. Every change to these rows is an event of this journey,
     * projected in that event's own transaction, so an equal number means equal rows; asking for it
     * is one look-up in the event table's index instead of the rows' join (a tenth of the server's
     * time under a load of moments). Names stay sealed in what is kept and are opened at each use,
     * as a fresh read would, so a forgotten member's name is never served from here.
     */
    public JourneyView current(MemberId viewer, JourneyId journeyId) {
        long sequence = jdbc.one("SELECT MAX(sequence_number) AS sequence FROM domain_event_entry WHERE aggregate_identifier = ?",
                Journeys::sequence, journeyId.value()).orElse(NO_EVENTS);
        Kept kept = keptForWrites.getIfPresent(journeyId);
        if (kept == null || kept.sequence() != sequence) {
            kept = read(journeyId);
            keptForWrites.put(journeyId, kept);
        }
        List<JourneyView> found = fold(viewer, kept.rows());
        if (found.isEmpty()) {
            throw JourneyId.unknown(journeyId.value());
        }
        return found.get(0);
    }

    private static final long NO_EVENTS = -1;

    /** A journey's rows with the sequence number of its newest event, as one statement saw them. */
    private record Kept(long sequence, List<Row> rows) {
    }

    private Kept read(JourneyId journeyId) {
        long[] sequence = {NO_EVENTS};
        List<Row> rows = jdbc.query(COLUMNS
                        + ", (SELECT MAX(e.sequence_number) FROM domain_event_entry e WHERE e.aggregate_identifier = j.journey_id) AS sequence "
                        + FROM + "WHERE j.journey_id = ? ORDER BY m.joined_at, m.member_id",
                rs -> {
                    sequence[0] = sequence(rs);
                    return row(rs);
                }, journeyId.value());
        return new Kept(sequence[0], rows);
    }

    /** The {@code sequence} column: the journey's newest event's number, or {@link #NO_EVENTS}. */
    private static long sequence(ResultSet rs) throws SQLException {
        long value = rs.getLong("sequence");
        return rs.wasNull() ? NO_EVENTS : value;
    }

    /** One row per member of a journey, the name still sealed, folded into views. */
    private record Row(String journeyId, Instant startedAt, String memberId, String sealedName, String role, Instant joinedAt,
                       Instant leftAt, String timeZone, Instant invitationExpiresAt) {
    }

    private static final String COLUMNS = "SELECT j.journey_id, j.started_at, m.member_id, m.display_name, m.role, m.joined_at, "
            + "m.left_at, m.time_zone, "
            + "(SELECT MAX(i.expires_at) FROM partner_invitation_view i WHERE i.journey_id = j.journey_id AND i.status = 'open') AS invitation";
    private static final String FROM = "FROM journey_view j JOIN journey_member_view m ON m.journey_id = j.journey_id ";

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getString("journey_id"), Jdbc.instant(rs, "started_at"), rs.getString("member_id"),
                rs.getString("display_name"), rs.getString("role"), Jdbc.instant(rs, "joined_at"), Jdbc.instant(rs, "left_at"),
                rs.getString("time_zone"), Jdbc.instant(rs, "invitation"));
    }

    private List<JourneyView> query(MemberId viewer, JourneyId onlyJourney) {
        String sql = COLUMNS + " " + FROM
                + "WHERE j.journey_id IN (SELECT v.journey_id FROM journey_member_view v WHERE v.member_id = ?) "
                + (onlyJourney == null ? "" : "AND j.journey_id = ? ")
                + "ORDER BY j.started_at DESC, j.journey_id, m.joined_at, m.member_id";
        Object[] values = onlyJourney == null ? new Object[]{viewer.value()} : new Object[]{viewer.value(), onlyJourney.value()};
        return fold(viewer, jdbc.query(sql, Journeys::row, values));
    }

    /** Rows (journeys in order, each one's members together) as the views of those the viewer is or was in. */
    private List<JourneyView> fold(MemberId viewer, List<Row> rows) {
        Map<String, List<Row>> byJourney = new LinkedHashMap<>();
        rows.forEach(r -> byJourney.computeIfAbsent(r.journeyId(), k -> new ArrayList<>()).add(r));
        List<JourneyView> out = new ArrayList<>();
        byJourney.forEach((id, members) -> {
            if (members.stream().noneMatch(r -> r.memberId().equals(viewer.value()))) {
                return; // not theirs: it does not exist for them
            }
            List<JourneyView.Member> people = members.stream()
                    .map(r -> new JourneyView.Member(MemberId.of(r.memberId()), jdbc.open(r.sealedName()), r.role(), r.joinedAt(),
                            Optional.ofNullable(r.leftAt()), r.timeZone()))
                    .toList();
            boolean viewerActive = people.stream().anyMatch(m -> m.memberId().equals(viewer) && m.active());
            // an open invitation matters only to a member still in, and only until it expires
            Optional<Instant> invitation = Optional.ofNullable(members.get(0).invitationExpiresAt())
                    .filter(expires -> viewerActive && expires.isAfter(clock.instant()));
            out.add(new JourneyView(JourneyId.of(id), members.get(0).startedAt(), viewer, people, invitation));
        });
        return out;
    }
}
