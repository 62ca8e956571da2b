package org.openup.cli;

import com.google.inject.Injector;
import org.openup.Core;
import org.openup.cli.profile.Profile;
import org.openup.cli.profile.Profiles;
import org.openup.account.MemberLocks;
import org.openup.spi.failure.InvalidInputException;
import org.openup.spi.failure.RefusedException;
import org.openup.engine.store.StoreSettings;
import org.openup.plugin.cli.CliContext;
import org.openup.plugin.cli.JsonOption;
import org.openup.spi.cli.CliCall;

import java.io.PrintWriter;

/**
 * What every command of one CLI run shares: where its output goes, its profiles, and the core,
 * which is opened only when a command first needs it (so {@code --help} never touches the store).
 */
public final class CliSession implements AutoCloseable, CliContext {

    private final Injector injector;
    private final StoreSettings settings;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean interactive;
    private final java.time.ZoneId zone;
    private final java.util.function.BooleanSupplier storeOpened;
    private final java.util.Optional<String> password;
    /** Members whose lock this run opened already, so a command that asks twice is asked once. */
    private final java.util.Set<org.openup.member.MemberId> opened = new java.util.HashSet<>();
    private Core core;

    /**
     * {@code storeOpened}: whether anything opened the store this run (a plugin's command may, without {@link #core});
     * {@code password}: what opens a locked profile when nobody is at a terminal ({@code OPENUP_PASSWORD}).
     */
    public CliSession(Injector injector, java.util.function.BooleanSupplier storeOpened, StoreSettings settings, PrintWriter out,
                      PrintWriter err, boolean interactive, java.time.ZoneId zone, java.util.Optional<String> password) {
        this.storeOpened = storeOpened;
        this.password = password;
        this.zone = zone;
        this.injector = injector;
        this.settings = settings;
        this.out = out;
        this.err = err;
        this.interactive = interactive;
    }

    /**
     * A core service. The store opens on first use; the engine (Axon) is built only when a
     * command is sent, so read commands stay quick.
     */
    public synchronized <T> T core(Class<T> service) {
        if (core == null) {
            core = injector.getInstance(Core.class);
        }
        return injector.getInstance(service);
    }

    /**
     * The profile, once this run may act as its member: when they locked it ({@link MemberLocks}),
     * their password is asked for on a terminal or taken from {@code OPENUP_PASSWORD}.
     */
    public Profile actingAs(String profileName) {
        Profile profile = profiles().require(profileName);
        openLock(profile);
        return profile;
    }

    /** As {@link #actingAs}, for a profile that may not exist yet (init and join make it). */
    public java.util.Optional<Profile> actingAsIfThere(String profileName) {
        java.util.Optional<Profile> profile = profiles().find(profileName);
        profile.ifPresent(this::openLock);
        return profile;
    }

    /** Opens the lock of a profile already read (init and join read it first to refuse what they must). */
    public void openLock(Profile profile) {
        openLock(profile.memberId(), "profile '" + profile.name() + "'");
    }

    /** The member an operator's command names (MEMBER-ID), once their lock, if any, is opened. */
    public org.openup.member.MemberId operatorActingOn(String typedId) {
        org.openup.member.MemberId member = org.openup.member.MemberId.parse("member id", typedId);
        openLock(member, "member " + member + " (they locked their profile)");
        return member;
    }

    /**
     * Lets this run act on the member's data only if they did not lock it, or with its password:
     * an operator's export or forget of a locked member too, since on a shared OS account the
     * "operator" may be the partner the lock is for.
     */
    public synchronized void openLock(org.openup.member.MemberId member, String whose) {
        if (opened.contains(member)) {
            return;
        }
        core(MemberLocks.class).open(member, () -> currentPassword(whose));
        opened.add(member);
    }

    /** A password for a new lock: asked twice on a terminal, else {@code OPENUP_PASSWORD}. */
    public String newPassword() {
        if (password.isPresent()) {
            return password.get();
        }
        String first = Prompt.secret(this, "Choose a password for this profile (10 characters or more; a few words work well):");
        if (!first.equals(Prompt.secret(this, "The same password again:"))) {
            throw new InvalidInputException("password", "The two passwords differ. Nothing was changed; try again.");
        }
        return first;
    }

    /** The password that opens {@code whose} lock ("profile 'ben'"): asked on a terminal, else {@code OPENUP_PASSWORD}. */
    public String currentPassword(String whose) {
        return password.orElseGet(() -> Prompt.secret(this, "Password for " + whose + ":"));
    }

    /** The profile's member and the journey commands act on, or a refusal saying how to get one. */
    public Profile journeyProfile(String profileName) {
        Profile profile = actingAs(profileName);
        if (profile.journeyId().isEmpty()) {
            throw new RefusedException("Profile '" + profileName + "' has no journey yet. Start one with: openup init");
        }
        return profile;
    }

    @Override
    public CliCall.Member member(String profile) {
        Profile p = journeyProfile(profile);
        return new CliCall.Member(p.memberId().value(), p.journeyId().orElseThrow().value());
    }

    @Override
    public void json(Object value) {
        JsonOption.print(out, value);
    }

    public Profiles profiles() {
        return new Profiles(settings.home());
    }

    public StoreSettings settings() {
        return settings;
    }

    /** The zone this run reads and shows times in (see {@link Output#zoneOf}). */
    public java.time.ZoneId zone() {
        return zone;
    }

    /**
     * A member new to a journey starts in this run's zone rather than UTC, so that what OpenUp
     * tells them in their own zone (when they can invite again) is right from the start.
     */
    public void adoptZone(org.openup.member.MemberId member, org.openup.journey.JourneyId journey) {
        if (!zone.normalized().equals(java.time.ZoneOffset.UTC)) {
            core(org.openup.journey.Journeys.class).setTimeZone(member, journey, zone.getId());
        }
    }

    /** A time as this run shows it. */
    public String when(java.time.Instant instant) {
        return Output.when(instant, zone);
    }

    @Override
    public PrintWriter out() {
        return out;
    }

    @Override
    public PrintWriter err() {
        return err;
    }

    /** True when a person is at a terminal to answer questions. */
    public boolean interactive() {
        return interactive;
    }

    @Override
    public synchronized void close() {
        if (core == null && storeOpened.getAsBoolean()) {
            core = injector.getInstance(Core.class); // the store a plugin opened closes with it
        }
        if (core != null) {
            core.close();
            core = null;
        }
    }
}
