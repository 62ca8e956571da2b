package org.openup.webhook;

import org.openup.spi.MemberSettings;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The webhook panel in Settings: the member's endpoints, adding one (its secret shown once), a test, removing. */
final class WebhookSettings implements MemberSettings {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final Endpoints endpoints;
    private final WebhookChannel channel;

    WebhookSettings(Endpoints endpoints, WebhookChannel channel) {
        this.endpoints = endpoints;
        this.channel = channel;
    }

    @Override
    public String title() {
        return "Webhooks";
    }

    @Override
    public String description(String memberId) {
        return "Your notifications as signed JSON, sent to an address of yours (a home hub, a chat bridge): what happened and when, "
                + "never what either of you wrote. For people who run such a thing; nothing is sent until you add one.";
    }

    @Override
    public List<Item> items(String memberId) {
        return endpoints.of(memberId).stream()
                .map(e -> new Item(e.endpointId(), e.url(), "Added " + DAY.format(e.createdAt()) + ".")).toList();
    }

    @Override
    public void remove(String memberId, String itemId) {
        endpoints.remove(memberId, itemId);
    }

    @Override
    public List<Action> actions(String memberId) {
        List<Action> actions = new ArrayList<>();
        actions.add(new Action("add", "Add an endpoint", "Endpoint address (https://…)"));
        if (!endpoints.of(memberId).isEmpty()) {
            actions.add(new Action("test", "Send a test to each endpoint", null));
        }
        return actions;
    }

    @Override
    public Done act(String memberId, String key, String value) {
        return switch (key) {
            case "add" -> new Done("Added. This is its signing secret, shown only now: keep it where your receiver checks signatures.",
                    endpoints.register(memberId, value).secret());
            case "test" -> test(memberId);
            default -> MemberSettings.super.act(memberId, key, value);
        };
    }

    /** One signed test per endpoint, now; says which did not answer with a 2xx, and why. */
    private Done test(String memberId) {
        List<Endpoints.Endpoint> mine = endpoints.of(memberId);
        List<String> failed = new ArrayList<>();
        for (Endpoints.Endpoint endpoint : mine) {
            try {
                channel.sendTest(endpoint.endpointId());
            } catch (Exception e) {
                failed.add(endpoint.url() + " (" + e.getMessage() + ")");
            }
        }
        return new Done(failed.isEmpty()
                ? (mine.size() == 1 ? "Sent a test to your endpoint, and it answered." : "Sent a test to each of your " + mine.size()
                        + " endpoints, and every one answered.")
                : "The test did not arrive at " + String.join(", ", failed) + ".", null);
    }
}
