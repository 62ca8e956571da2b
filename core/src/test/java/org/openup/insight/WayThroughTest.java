package org.openup.insight;

import org.junit.jupiter.api.Test;
import org.openup.insight.InsightViews.TimelineEntry;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WayThroughTest {

    private static TimelineEntry entry(String kind, boolean mine) {
        return new TimelineEntry(Instant.EPOCH, kind, mine, "");
    }

    @Test
    void aNewMemberStartsAtTheFirstStep() {
        WayThrough.Progress progress = WayThrough.of(List.of(entry("joined", true)));
        assertThat(progress.steps()).extracting(WayThrough.Step::done).containsOnly(false);
        assertThat(progress.next()).isEqualTo("reflect");
    }

    @Test
    void onlyTheMembersOwnQuestionsAndNotesCountButSharedScenesAndTalksDo() {
        WayThrough.Progress progress = WayThrough.of(List.of(
                entry("question", true), entry("constraint", false), entry("scene", false), entry("talk", false),
                entry("moment", false)));
        assertThat(progress.steps()).extracting(WayThrough.Step::key, WayThrough.Step::done).containsExactly(
                org.assertj.core.groups.Tuple.tuple("reflect", true), org.assertj.core.groups.Tuple.tuple("constraints", false),
                org.assertj.core.groups.Tuple.tuple("scenes", true), org.assertj.core.groups.Tuple.tuple("invitations", false),
                org.assertj.core.groups.Tuple.tuple("talk", true), org.assertj.core.groups.Tuple.tuple("moments", false));
        assertThat(progress.next()).isEqualTo("constraints");
    }

    @Test
    void answeringAnInvitationIsTheInvitedPartnersStepAndAllDoneHasNoNext() {
        WayThrough.Progress progress = WayThrough.of(List.of(entry("question", true), entry("constraint", true), entry("scene", true),
                entry("invitation-chosen", true), entry("rating", true), entry("thanks-given", true)));
        assertThat(progress.steps()).extracting(WayThrough.Step::done).containsOnly(true);
        assertThat(progress.next()).isNull();
    }
}
