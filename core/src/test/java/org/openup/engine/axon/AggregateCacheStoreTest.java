package org.openup.engine.axon;

import org.openup.engine.store.StoreSettings;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openup.spi.failure.RefusedException;
import org.openup.journey.JourneyId;
import org.openup.journey.JourneyView;
import org.openup.journey.Journeys;
import org.openup.member.MemberId;
import org.openup.testing.RunningCore;
import org.openup.testing.TestStores;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two cores on one store, as the CLI beside the web adapter or two nodes: each keeps the
 * aggregates it used in memory, and neither may decide on a copy the other has moved past.
 */
class AggregateCacheStoreTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void aCachedAggregateThatAnotherProcessWroteToIsReloadedBeforeItDecides(TestStores kind) {
        StoreSettings settings = kind.newStore(home);
        MemberId ana = MemberId.newId();
        MemberId ben = MemberId.newId();
        try (RunningCore first = new RunningCore(settings); RunningCore second = new RunningCore(settings)) {
            Journeys here = first.get(Journeys.class);
            Journeys there = second.get(Journeys.class);
            JourneyId journeyId = here.start(ana, "Ana").journeyId();
            var code = here.invitePartner(ana, journeyId).code(); // the first core now holds the journey without Ben

            there.join(ben, code, "Ben");

            // The first core's copy has never heard of Ben: deciding on it would refuse him.
            here.leave(ben, journeyId);
            assertThat(there.journey(ana, journeyId).members()).extracting(JourneyView.Member::active).containsExactly(true, false);
            // And a refusal that the store's state gives stays a refusal.
            assertThatThrownBy(() -> here.leave(ben, journeyId)).isInstanceOf(RefusedException.class);
        }
    }
}
