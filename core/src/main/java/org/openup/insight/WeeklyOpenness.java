package org.openup.insight;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.openup.engine.readmodel.Jdbc;
import org.openup.member.MemberId;
import org.openup.spi.MemberData;

import java.time.Duration;

/**
 * Whether a member sees how open their talks felt, week by week. Off until they turn it on: an
 * average of 1-to-5 ratings can read like a grade of the partner, and the method is about the
 * setting, not a score. Only the member's own ratings make the figure either way.
 */
public final class WeeklyOpenness implements MemberData {

    private static final String NAME = "weekly-openness";

    private final Jdbc jdbc;
    /**
     * The choice as last read or set here, for a second: every insights read asks it (it is part of
     * that answer's key), and asking the store each time cost a round trip per read. A change made
     * here shows at once; one made in another process or on another node within that second.
     */
    private final Cache<MemberId, Boolean> known = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofSeconds(1)).build();

    public WeeklyOpenness(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public boolean shownTo(MemberId memberId) {
        return known.get(memberId, member ->
                jdbc.one("SELECT 1 FROM member_preference WHERE member_id = ? AND name = ?", rs -> 1, member.value(), NAME).isPresent());
    }

    public void show(MemberId memberId, boolean on) {
        String member = memberId.value();
        known.invalidate(memberId);
        jdbc.update("DELETE FROM member_preference WHERE member_id = ? AND name = ?", member, NAME);
        if (on) {
            jdbc.update("INSERT INTO member_preference (member_id, name) VALUES (?, ?)", member, NAME);
        }
        known.put(memberId, on);
    }

    @Override
    public void erase(String memberId) {
        jdbc.update("DELETE FROM member_preference WHERE member_id = ?", memberId);
        known.invalidate(MemberId.of(memberId));
    }
}
