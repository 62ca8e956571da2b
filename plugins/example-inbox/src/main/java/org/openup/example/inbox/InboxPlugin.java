package org.openup.example.inbox;

import org.openup.spi.OpenUpPlugin;
import org.openup.spi.PluginContext;

/**
 * The example plugin of docs/plugins.md. Members who switch it on get their notifications as
 * lines in a text file (an "inbox"), which they read with {@code openup inbox show} or at
 * {@code GET /plugins/inbox/}. It also adds one constraint kind to the English content.
 */
public final class InboxPlugin implements OpenUpPlugin {

    @Override
    public String name() {
        return "inbox";
    }

    @Override
    public void register(PluginContext context) {
        Inbox inbox = new Inbox(context.store());
        context.notificationChannel(new InboxChannel(inbox));
        context.webRoutes(new InboxRoutes(inbox));
        InboxCommands.of(inbox).forEach(context::cliCommand);
        context.contentPack("/org/openup/example/inbox/content.json");
    }
}
