package org.openup.calendar;

import org.openup.spi.failure.NotFoundException;
import org.openup.spi.MemberJourneys;
import org.openup.spi.MemberSettings;
import org.openup.spi.PublicAddress;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The calendar panel in Settings: the member's feed address for the journey they are in, made, remade or ended. */
final class CalendarSettings implements MemberSettings {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final Feeds feeds;
    private final MemberJourneys journeys;
    private final PublicAddress address;

    CalendarSettings(Feeds feeds, MemberJourneys journeys, PublicAddress address) {
        this.feeds = feeds;
        this.journeys = journeys;
        this.address = address;
    }

    @Override
    public String title() {
        return "Calendar";
    }

    @Override
    public String description(String memberId) {
        return journey(memberId).isEmpty()
                ? "Once you are in a journey, your chosen talk times can appear in your own calendar app."
                : "Your chosen talk times in your own calendar app, through a secret address only you know: times and lengths, "
                + "never what a talk is about. Anyone with the address can see those times, so keep it to yourself.";
    }

    @Override
    public List<Item> items(String memberId) {
        return journey(memberId).flatMap(j -> feeds.liveSince(memberId, j.journeyId()).map(since -> new Item(j.journeyId(),
                        "Your feed address", "Made " + DAY.format(since) + ". It is shown only when it is made: if it got lost, "
                        + "make a new one."))).map(List::of).orElse(List.of());
    }

    @Override
    public void remove(String memberId, String itemId) {
        if (!feeds.revoke(memberId, itemId)) {
            throw new NotFoundException("There is no feed address to end here.");
        }
    }

    @Override
    public List<Action> actions(String memberId) {
        return journey(memberId).map(j -> List.of(new Action("make-feed", feeds.liveSince(memberId, j.journeyId()).isEmpty()
                ? "Make a feed address" : "Make a new address (the old one stops working)", null))).orElse(List.of());
    }

    @Override
    public Done act(String memberId, String key, String value) {
        if (!key.equals("make-feed")) {
            return MemberSettings.super.act(memberId, key, value);
        }
        MemberJourneys.Journey journey = journey(memberId).orElseThrow(() -> new NotFoundException("You are in no journey yet."));
        String token = feeds.create(memberId, journey.journeyId());
        return new Done("Add this address to your calendar app as a subscription (\"from URL\"). It is shown only now.",
                address.of(Feeds.path(token)));
    }

    /** The journey the member is in now: the newest they have not left. */
    private Optional<MemberJourneys.Journey> journey(String memberId) {
        return journeys.journeysOf(memberId).stream().filter(MemberJourneys.Journey::memberActive)
                .max(java.util.Comparator.comparing(MemberJourneys.Journey::startedAt));
    }
}
