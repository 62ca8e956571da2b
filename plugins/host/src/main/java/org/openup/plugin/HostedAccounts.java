package org.openup.plugin;

import org.openup.account.Accounts;
import org.openup.account.Recovery;
import org.openup.member.MemberId;
import org.openup.spi.MemberAccounts;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link MemberAccounts} on the core's accounts and recovery links. A channel asks with the member
 * id of a notification it delivers, which OpenUp stored: taken as it is, like the core did.
 */
final class HostedAccounts implements MemberAccounts {

    private final Supplier<Accounts> accounts;
    private final Supplier<Recovery> recovery;

    HostedAccounts(Supplier<Accounts> accounts, Supplier<Recovery> recovery) {
        this.accounts = accounts;
        this.recovery = recovery;
    }

    @Override
    public Optional<String> address(String memberId) {
        return accounts.get().byMember(MemberId.of(memberId)).map(Accounts.Account::email);
    }

    @Override
    public String recoveryLink(String memberId) {
        return recovery.get().link(MemberId.of(memberId));
    }

    @Override
    public String confirmationLink(String memberId) {
        return recovery.get().confirmationLink(MemberId.of(memberId));
    }

    @Override
    public Duration linkLifetime() {
        return Recovery.LINK_LIFETIME;
    }

    @Override
    public String requireAddress(String typed) {
        return Accounts.requireAddress(typed);
    }
}
