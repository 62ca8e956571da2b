package org.openup.spi;

import org.openup.spi.cli.CliCommand;
import org.openup.spi.notification.NotificationChannel;
import org.openup.spi.web.WebRoutes;

import java.time.Clock;
import java.util.Optional;

/** What a plugin is given at {@link OpenUpPlugin#register}, and where it says what it contributes. */
public interface PluginContext {

    /** The plugin's own tables and files. */
    PluginStore store();

    /** What a plugin may read of members' journeys, always on behalf of a member. */
    MemberJourneys journeys();

    /** What a plugin that reaches a member's own mailbox may know of their account. */
    MemberAccounts accounts();

    /** Where people reach this OpenUp, for links. */
    PublicAddress publicAddress();

    Clock clock();

    /** An environment variable of the process (a plugin's settings, say). */
    Optional<String> environment(String name);

    /** Web routes, served by the web adapter under {@code /plugins/<name>/}. */
    void webRoutes(WebRoutes routes);

    /** A command the CLI runs as {@code openup <name> <command>}. */
    void cliCommand(CliCommand command);

    /** A channel that receives the notifications addressed to the members who enabled it. */
    void notificationChannel(NotificationChannel channel);

    /** The plugin's panel on each member's Settings page. One per plugin. */
    void memberSettings(MemberSettings settings);

    /** A way to send the partner their join link, offered beside the code on the home page. One per plugin. */
    void partnerInviteSender(PartnerInviteSender sender);

    /** What the plugin keeps about a member outside the events, erased when the member is forgotten. */
    void memberData(MemberData data);

    /** A content pack (prompts, a language): a JSON resource in the plugin's jar, read with the plugin's class loader. */
    void contentPack(String resource);
}
