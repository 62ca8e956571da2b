package org.openup.example.inbox;

import org.openup.plugin.PluginModule;

/**
 * The example plugin of docs/plugins.md. Members who switch it on get their notifications as
 * lines in a text file (an "inbox"), which they read with {@code openup inbox show} or at
 * {@code GET /plugins/inbox/}. It also adds one constraint kind to the English content.
 */
public final class InboxPlugin extends PluginModule {

    @Override
    public String name() {
        return "inbox";
    }

    @Override
    protected void configure() {
        notificationChannel().to(InboxChannel.class);
        webRoutes(InboxRoutes.class);
        cliCommand(InboxCommands.On.class);
        cliCommand(InboxCommands.Show.class);
        contentPack("/org/openup/example/inbox/content.json");
    }
}
