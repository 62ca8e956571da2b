package com.example.ntfy;

import org.openup.spi.OpenUpPlugin;
import org.openup.spi.PluginContext;
import org.openup.spi.PluginTables;
import org.openup.spi.PublicAddress;
import org.openup.spi.cli.CliCommand;
import org.openup.spi.notification.Notification;
import org.openup.spi.notification.NotificationChannel;
import org.openup.spi.notification.NotificationKind;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** Pushes each member's notifications to the ntfy topic they chose ({@code openup ntfy topic NAME}). */
public final class NtfyPlugin implements OpenUpPlugin, NotificationChannel {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String server;
    private PluginTables topics;
    private PublicAddress address;

    public NtfyPlugin() {
        this(System.getenv().getOrDefault("NTFY_URL", "https://ntfy.sh"));
    }

    public NtfyPlugin(String server) {
        this.server = server;
    }

    @Override
    public String name() {
        return "ntfy";
    }

    @Override
    public void register(PluginContext context) {
        topics = context.store().tables(NtfyPlugin.class, "com/example/ntfy/migration", 1);
        address = context.publicAddress();
        context.notificationChannel(this);
        context.memberData(member -> topics.update("DELETE FROM ntfy_topic WHERE member_id = ?", member));
        context.cliCommand(CliCommand.named("topic").forMember().description("Push your notifications to this ntfy topic.")
                .parameter("NAME", "A topic only you know.").does(call -> {
                    String topic = call.parameter("NAME");
                    topics.update("INSERT INTO ntfy_topic (member_id, topic) VALUES (?, ?) ON CONFLICT (member_id) DO UPDATE "
                            + "SET topic = excluded.topic", call.member().memberId(), topic);
                    call.answer(Map.of("topic", topic), () -> call.out().println("Your notifications now go to " + server + "/" + topic));
                    return 0;
                }));
    }

    @Override
    public List<String> targets(String memberId, NotificationKind kind) {
        return topics.query("SELECT topic FROM ntfy_topic WHERE member_id = ?", rs -> rs.getString(1), memberId);
    }

    @Override
    public void deliver(Notification n, String topic) throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create(server + "/" + topic)).header("Click", address.of(n.link()))
                .POST(HttpRequest.BodyPublishers.ofString("Something is waiting for you in OpenUp (" + n.kind() + ")")).build();
        int status = http.send(post, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status / 100 != 2) {
            throw new IllegalStateException("ntfy answered " + status); // the outbox tries again later
        }
    }
}
