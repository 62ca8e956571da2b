package org.openup.calendar;

import org.openup.spi.MemberJourneys;
import org.openup.spi.PluginStore;
import org.openup.spi.PluginTables;
import org.openup.spi.MemberData;
import org.openup.spi.SecretToken;

import java.time.Clock;
import java.util.Optional;

/**
 * Secret feed addresses. A member has at most one live feed per journey: a new one replaces the
 * old (so a leaked address is fixed by making a new one), and revoking ends it.
 */
public final class Feeds implements MemberData {

    /** Whose feed a token opens. */
    public record Owner(String memberId, String journeyId) {
    }

    private final PluginTables tables;
    private final MemberJourneys journeys;
    private final Clock clock;

    public Feeds(PluginStore store, MemberJourneys journeys, Clock clock) {
        this.tables = store.tables(Feeds.class, "org/openup/calendar/migration", 1); // when the plugin starts
        this.journeys = journeys;
        this.clock = clock;
    }

    /** Where the feed of {@code token} is served, under the address people reach OpenUp at. */
    public static String path(String token) {
        return "/plugins/calendar/feed/" + token + ".ics";
    }

    /** A new secret token for the member's feed of this journey; earlier ones stop working. */
    public String create(String memberId, String journeyId) {
        MemberJourneys.Journey view = journeys.journey(memberId, journeyId); // only a journey the member may read
        if (!view.memberActive()) {
            throw new org.openup.spi.failure.RefusedException("You left this journey, so there is no new talk to put in a calendar.");
        }
        String journey = view.journeyId();
        revokeChecked(memberId, journey);
        SecretToken token = SecretToken.random(24);
        tables.update("INSERT INTO calendar_feed (token_hash, member_id, journey_id, created_at) VALUES (?, ?, ?, ?)",
                token.sha256(), memberId, journey, clock.instant());
        return token.value();
    }

    /** Ends the member's feed of this journey; true when there was one. A journey not theirs does not exist for them. */
    public boolean revoke(String memberId, String journeyId) {
        journeys.journey(memberId, journeyId);
        return revokeChecked(memberId, journeyId);
    }

    /** {@link #revoke} once the member's access to the journey is known. */
    private boolean revokeChecked(String memberId, String journeyId) {
        return tables.update("UPDATE calendar_feed SET revoked_at = ? WHERE member_id = ? AND journey_id = ? AND revoked_at IS NULL",
                clock.instant(), memberId, journeyId) > 0;
    }

    /** A forgotten member's feeds end and their rows go. */
    @Override
    public void erase(String memberId) {
        tables.update("DELETE FROM calendar_feed WHERE member_id = ?", memberId);
    }

    /** When the member's live feed of this journey was made, if there is one. */
    public Optional<java.time.Instant> liveSince(String memberId, String journeyId) {
        return tables.one("SELECT created_at FROM calendar_feed WHERE member_id = ? AND journey_id = ? AND revoked_at IS NULL",
                rs -> PluginTables.instant(rs, "created_at"), memberId, journeyId);
    }

    public Optional<Owner> owner(String token) {
        return tables.one("SELECT member_id, journey_id FROM calendar_feed WHERE token_hash = ? AND revoked_at IS NULL",
                rs -> new Owner(rs.getString(1), rs.getString(2)), SecretToken.sha256(token));
    }
}
