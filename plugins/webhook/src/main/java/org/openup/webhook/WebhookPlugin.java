package org.openup.webhook;

import org.openup.spi.OpenUpPlugin;
import org.openup.spi.PluginContext;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import java.util.function.Supplier;

/**
 * Webhooks: a member (or an operator, for everyone) registers an endpoint; each notification is
 * POSTed to it as JSON, signed per the Standard Webhooks convention, from the core's outbox, which
 * retries with backoff.
 */
public final class WebhookPlugin implements OpenUpPlugin {

    private final WebhookDestinations destinations;
    /** TLS for HTTPS endpoints: the JDK's, trusting its own certificate authorities, unless a test brings its own. */
    private final Supplier<SSLSocketFactory> tls;
    /** What {@link #register} made, for this package's tests. */
    private Endpoints endpoints;
    private WebhookChannel channel;

    /** As the class path loads it: destinations as the environment allows ({@value WebhookDestinations#ALLOW_PRIVATE}). */
    public WebhookPlugin() {
        this(WebhookDestinations.from(System.getenv()), WebhookPlugin::systemTls);
    }

    /** For tests that deliver to a receiver on this machine. */
    static WebhookPlugin allowingPrivateAddresses() {
        return new WebhookPlugin(new WebhookDestinations(true), WebhookPlugin::systemTls);
    }

    /** For tests that bring their own name resolution (private addresses allowed). */
    static WebhookPlugin resolvingWith(WebhookDestinations.Resolver resolver) {
        return new WebhookPlugin(new WebhookDestinations(true, resolver), WebhookPlugin::systemTls);
    }

    /** For tests that also bring the certificates HTTPS endpoints are checked against. */
    static WebhookPlugin resolvingWith(WebhookDestinations.Resolver resolver, SSLContext tls) {
        return new WebhookPlugin(new WebhookDestinations(true, resolver), tls::getSocketFactory);
    }

    private WebhookPlugin(WebhookDestinations destinations, Supplier<SSLSocketFactory> tls) {
        this.destinations = destinations;
        this.tls = tls;
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public void register(PluginContext context) {
        endpoints = new Endpoints(context.store(), context.clock(), destinations);
        channel = new WebhookChannel(endpoints, tls, context.clock(), context.publicAddress());
        context.notificationChannel(channel);
        context.memberData(endpoints);
        context.memberSettings(new WebhookSettings(endpoints, channel));
        context.webRoutes(new WebhookRoutes(endpoints));
        WebhookCommands.of(endpoints).forEach(context::cliCommand);
    }

    /** The JDK's default TLS, set up on first use (the JDK keeps it for every later delivery). */
    private static SSLSocketFactory systemTls() {
        return (SSLSocketFactory) SSLSocketFactory.getDefault();
    }

    Endpoints endpoints() {
        return endpoints;
    }

    WebhookChannel channel() {
        return channel;
    }
}
