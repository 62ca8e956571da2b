package org.openup.email;

import org.openup.spi.MemberAccounts;
import org.openup.spi.failure.InvalidInputException;
import org.openup.spi.notification.NotificationKind;
import org.openup.spi.MemberSettings;
import org.openup.spi.PluginTables;
import org.openup.spi.MemberData;
import org.openup.spi.SecretToken;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which mails each member wants: none until they turn a kind on (a recovery link, which they ask
 * for themselves, needs no switch), and a "stop all mail" token for the link in every mail.
 * The member's address is their account's; this plugin keeps no copy of it.
 */
final class EmailPreferences implements MemberSettings, MemberData {

    /** The kinds a member can turn on, with what the Settings page calls them. */
    static final Map<NotificationKind, String[]> SWITCHES = new LinkedHashMap<>();

    static {
        SWITCHES.put(NotificationKind.INVITATION_RECEIVED, new String[]{"When my partner invites me to a talk",
                "Only that there is an invitation; you answer in OpenUp, when you like."});
        SWITCHES.put(NotificationKind.TIME_CHOSEN, new String[]{"When my partner chooses a time for my invitation", null});
        SWITCHES.put(NotificationKind.TALK_REMINDER, new String[]{"A reminder before a talk we planned", null});
        SWITCHES.put(NotificationKind.INVITATION_DEFERRED, new String[]{"When my partner says not now", null});
        SWITCHES.put(NotificationKind.INVITATION_DECLINED, new String[]{"When my partner declines an invitation", null});
        SWITCHES.put(NotificationKind.GRATITUDE_RECEIVED, new String[]{"When my partner thanks me",
                "The mail says only that thanks are waiting; the words stay in OpenUp."});
    }

    private final PluginTables tables;
    private final MemberAccounts accounts;
    private final boolean configured;

    EmailPreferences(PluginTables tables, MemberAccounts accounts, boolean configured) {
        this.tables = tables;
        this.accounts = accounts;
        this.configured = configured;
    }

    boolean wants(String memberId, NotificationKind kind) {
        return tables.one("SELECT 1 FROM email_preference WHERE member_id = ? AND kind = ?", rs -> 1, memberId, kind.name()).isPresent();
    }

    /** Where the member's mail goes: their account's address, if they have an account. */
    Optional<String> addressOf(String memberId) {
        return accounts.address(memberId);
    }

    /** The member's "stop all mail" token, made on first use. */
    String stopToken(String memberId) {
        return tables.one("SELECT token FROM email_unsubscribe WHERE member_id = ?", rs -> rs.getString(1), memberId).orElseGet(() -> {
            String token = SecretToken.random(24).value();
            tables.update("INSERT INTO email_unsubscribe (token, member_id) VALUES (?, ?)", token, memberId);
            return token;
        });
    }

    /** Turns every kind off for the token's member; false when the token is unknown. */
    boolean stopAll(String token) {
        Optional<String> member = token == null || token.length() > 64 ? Optional.empty()
                : tables.one("SELECT member_id FROM email_unsubscribe WHERE token = ?", rs -> rs.getString(1), token);
        member.ifPresent(m -> tables.update("DELETE FROM email_preference WHERE member_id = ?", m));
        return member.isPresent();
    }

    @Override
    public String title() {
        return "Email";
    }

    @Override
    public String description(String memberId) {
        if (!configured) {
            return "This OpenUp does not send mail.";
        }
        return addressOf(memberId).map(address -> "Mail goes to " + address + ". Only what you turn on here is sent, and never "
                + "anything either of you wrote: each mail says what happened and links back here.")
                .orElse("Mail needs an account with an address; this member has none.");
    }

    @Override
    public List<Switch> switches(String memberId) {
        if (!configured || addressOf(memberId).isEmpty()) {
            return List.of();
        }
        return SWITCHES.entrySet().stream()
                .map(e -> new Switch(key(e.getKey()), e.getValue()[0], e.getValue()[1], wants(memberId, e.getKey()))).toList();
    }

    @Override
    public void set(String memberId, String key, boolean on) {
        NotificationKind kind = SWITCHES.keySet().stream().filter(k -> key(k).equals(key)).findFirst()
                .orElseThrow(() -> new InvalidInputException("key", "There is no mail called " + key + "."));
        if (!configured) {
            throw new InvalidInputException("key", "This OpenUp does not send mail.");
        }
        tables.update("DELETE FROM email_preference WHERE member_id = ? AND kind = ?", memberId, kind.name());
        if (on) {
            tables.update("INSERT INTO email_preference (member_id, kind) VALUES (?, ?)", memberId, kind.name());
        }
    }

    @Override
    public void erase(String memberId) {
        tables.update("DELETE FROM email_preference WHERE member_id = ?", memberId);
        tables.update("DELETE FROM email_unsubscribe WHERE member_id = ?", memberId);
    }

    static String key(NotificationKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
