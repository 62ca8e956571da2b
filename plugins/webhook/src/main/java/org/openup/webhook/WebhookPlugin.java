package org.openup.webhook;

import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.openup.plugin.PluginModule;
import org.openup.spi.PluginStore;
import org.openup.spi.PublicAddress;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

/**
 * Webhooks: a member (or an operator, for everyone) registers an endpoint; each notification is
 * POSTed to it as JSON, signed per the Standard Webhooks convention, from the core's outbox, which
 * retries with backoff.
 */
public final class WebhookPlugin extends PluginModule {

    private final WebhookDestinations destinations;

    /** As the class path loads it: destinations as the environment allows ({@value WebhookDestinations#ALLOW_PRIVATE}). */
    public WebhookPlugin() {
        this(WebhookDestinations.from(System.getenv()));
    }

    /** For tests that deliver to a receiver on this machine. */
    static WebhookPlugin allowingPrivateAddresses() {
        return new WebhookPlugin(new WebhookDestinations(true));
    }

    /** For tests that bring their own name resolution (private addresses allowed). */
    static WebhookPlugin resolvingWith(WebhookDestinations.Resolver resolver) {
        return new WebhookPlugin(new WebhookDestinations(true, resolver));
    }

    private WebhookPlugin(WebhookDestinations destinations) {
        this.destinations = destinations;
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    protected void configure() {
        notificationChannel().to(WebhookChannel.class);
        memberData().to(Endpoints.class);
        memberSettings().to(WebhookSettings.class);
        webRoutes(WebhookRoutes.class);
        cliCommand(WebhookCommands.Add.class);
        cliCommand(WebhookCommands.ListEndpoints.class);
        cliCommand(WebhookCommands.Remove.class);
    }

    @Provides
    @Singleton
    Endpoints endpoints(PluginStore store, Clock clock) {
        return new Endpoints(store, clock, destinations);
    }

    @Provides
    @Singleton
    WebhookChannel channel(Endpoints endpoints, Clock clock, PublicAddress address) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        return new WebhookChannel(endpoints, http, clock, address);
    }
}
