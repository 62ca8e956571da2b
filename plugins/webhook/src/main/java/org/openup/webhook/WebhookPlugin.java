package org.openup.webhook;

import org.openup.spi.OpenUpPlugin;
import org.openup.spi.PluginContext;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * Webhooks: a member (or an operator, for everyone) registers an endpoint; each notification is
 * POSTed to it as JSON, signed per the Standard Webhooks convention, from the core's outbox, which
 * retries with backoff.
 */
public final class WebhookPlugin implements OpenUpPlugin {

    private final WebhookDestinations destinations;
    /** What {@link #register} made, for this package's tests. */
    private Endpoints endpoints;
    private WebhookChannel channel;

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
    public void register(PluginContext context) {
        endpoints = new Endpoints(context.store(), context.clock(), destinations);
        channel = new WebhookChannel(endpoints, WebhookPlugin::httpClient, context.clock(), context.publicAddress());
        context.notificationChannel(channel);
        context.memberData(endpoints);
        context.memberSettings(new WebhookSettings(endpoints, channel));
        context.webRoutes(new WebhookRoutes(endpoints));
        WebhookCommands.of(endpoints).forEach(context::cliCommand);
    }

    /** One client for every delivery, made on first use. */
    private static HttpClient httpClient() {
        return Http.CLIENT;
    }

    private static final class Http {
        static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Endpoints endpoints() {
        return endpoints;
    }

    WebhookChannel channel() {
        return channel;
    }
}
