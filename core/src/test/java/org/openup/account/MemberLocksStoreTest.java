package org.openup.account;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openup.journey.Journeys;
import org.openup.member.MemberId;
import org.openup.privacy.Forgetting;
import org.openup.spi.failure.InvalidInputException;
import org.openup.spi.failure.RefusedException;
import org.openup.testing.RunningCore;
import org.openup.testing.TestStores;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MemberLocksStoreTest {

    private static final String PASSWORD = "lanterns over the quiet harbour";

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void aLockOpensWithItsPasswordAloneKeepsOnlyAHashAndGoesWhenTheMemberIsForgotten(TestStores kind) {
        try (RunningCore core = new RunningCore(kind.newStore(home))) {
            MemberLocks locks = core.get(MemberLocks.class);
            MemberId ben = MemberId.newId();
            core.get(Journeys.class).start(ben, "Ben");
            // not locked: nothing is asked
            assertThatCode(() -> locks.open(ben, () -> null)).doesNotThrowAnyException();

            assertThatThrownBy(() -> locks.lock(ben, "1234567890")).isInstanceOf(InvalidInputException.class);
            locks.lock(ben, PASSWORD);
            assertThat(locks.isLocked(ben)).isTrue();
            assertThatThrownBy(() -> locks.lock(ben, PASSWORD)).isInstanceOf(RefusedException.class).hasMessageContaining("already");
            assertThatThrownBy(() -> locks.open(ben, () -> null)).isInstanceOf(RefusedException.class).hasMessageContaining("OPENUP_PASSWORD");
            assertThatThrownBy(() -> locks.open(ben, () -> "lanterns over the quiet harbor")).isInstanceOf(RefusedException.class);
            assertThatCode(() -> locks.open(ben, () -> PASSWORD)).doesNotThrowAnyException();
            // the store holds an Argon2id hash, never the password
            assertThat(core.rowsRaw("member_lock")).singleElement().asString().contains(ben.value(), "$argon2id$").doesNotContain(PASSWORD);

            core.get(Forgetting.class).forget(ben);
            assertThat(core.rowsRaw("member_lock")).isEmpty();
        }
    }
}
