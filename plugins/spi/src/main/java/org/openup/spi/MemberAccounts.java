package org.openup.spi;

import java.time.Duration;
import java.util.Optional;

/**
 * What a plugin that reaches a member's own mailbox may know of their account. The links are
 * made when asked and work once, within {@link #linkLifetime()}; only a channel that carries
 * account mail ({@link org.openup.spi.notification.NotificationChannel#carriesAccountMail()})
 * should ask for them.
 */
public interface MemberAccounts {

    /** The member's sign-in address, if the account still exists. */
    Optional<String> address(String memberId);

    /** A new link to set a new password. */
    String recoveryLink(String memberId);

    /** A new link that confirms the address of an account waiting for it. */
    String confirmationLink(String memberId);

    Duration linkLifetime();

    /** {@code typed} as accounts keep an address (trimmed, lower case), or InvalidInputException when it cannot be one. */
    String requireAddress(String typed);
}
