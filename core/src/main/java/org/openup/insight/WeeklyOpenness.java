package org.openup.insight;

import org.openup.engine.readmodel.Jdbc;
import org.openup.member.MemberId;
import org.openup.spi.MemberData;

/**
 * Whether a member sees how open their talks felt, week by week. Off until they turn it on: an
 * average of 1-to-5 ratings can read like a grade of the partner, and the method is about the
 * setting, not a score. Only the member's own ratings make the figure either way.
 */
public final class WeeklyOpenness implements MemberData {

    private static final String NAME = "weekly-openness";

    private final Jdbc jdbc;

    public WeeklyOpenness(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public boolean shownTo(MemberId memberId) {
        return jdbc.one("SELECT 1 FROM member_preference WHERE member_id = ? AND name = ?", rs -> 1, memberId.value(), NAME).isPresent();
    }

    public void show(MemberId memberId, boolean on) {
        String member = memberId.value();
        jdbc.update("DELETE FROM member_preference WHERE member_id = ? AND name = ?", member, NAME);
        if (on) {
            jdbc.update("INSERT INTO member_preference (member_id, name) VALUES (?, ?)", member, NAME);
        }
    }

    @Override
    public void erase(String memberId) {
        jdbc.update("DELETE FROM member_preference WHERE member_id = ?", memberId);
    }
}
