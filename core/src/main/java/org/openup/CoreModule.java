package org.openup;

import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import org.openup.account.Accounts;
import org.openup.account.Names;
import org.openup.account.MemberLocks;
import org.openup.account.PasswordHasher;
import org.openup.account.Recovery;
import org.openup.account.Sessions;
import org.openup.account.Signup;
import org.openup.spi.notification.NotificationChannel;
import org.openup.notification.Notifications;
import org.openup.content.Content;
import org.openup.content.ContentPack;
import org.openup.engine.axon.AggregateType;
import org.openup.engine.readmodel.ReadCache;
import org.openup.engine.axon.Commands;
import org.openup.engine.axon.Engine;
import org.openup.engine.readmodel.Jdbc;
import org.openup.engine.crypto.Keyring;
import org.openup.engine.readmodel.ReadModel;
import org.openup.engine.readmodel.Replay;
import org.openup.engine.store.Store;
import org.openup.engine.store.StoreHealth;
import org.openup.engine.store.StoreSettings;
import org.openup.engine.store.StoreSetUp;
import org.openup.journey.JourneyModule;
import org.openup.journey.Journeys;
import org.openup.privacy.Forgetting;
import org.openup.spi.MemberData;
import org.openup.export.ExportModule;
import org.openup.insight.InsightModule;
import org.openup.notification.NotificationModule;
import org.openup.conversation.ConversationModule;
import org.openup.conversation.ConversationSettings;
import org.openup.reflection.ReflectionModule;
import org.openup.safety.SafetyModule;
import org.openup.scene.SceneModule;

import java.time.Clock;
import java.util.Set;

/** The core, wired: the store, the engine and every feature. Adapters and plugins build on it. */
public final class CoreModule extends AbstractModule {

    private final StoreSettings settings;
    private final ConversationSettings conversations;

    public CoreModule(StoreSettings settings) {
        this(settings, ConversationSettings.from(System.getenv()));
    }

    public CoreModule(StoreSettings settings, ConversationSettings conversations) {
        this.settings = settings;
        this.conversations = conversations;
    }

    @Override
    protected void configure() {
        bind(StoreSettings.class).toInstance(settings);
        // Declared here so a core without features (or a plugin adding more) still has the sets.
        Multibinder.newSetBinder(binder(), AggregateType.class);
        Multibinder.newSetBinder(binder(), ReadModel.class);
        Multibinder.newSetBinder(binder(), MemberData.class).addBinding().to(MemberLocks.class);
        Multibinder.newSetBinder(binder(), StoreSetUp.class);
        // English first: it is the base every other pack falls back to. Plugins add more packs.
        Multibinder.newSetBinder(binder(), ContentPack.class).addBinding()
                .toProvider(() -> ContentPack.fromResource("/org/openup/content/en.json"));
        install(new JourneyModule());
        install(new SafetyModule());
        install(new ReflectionModule());
        install(new SceneModule());
        install(new ConversationModule(conversations));
        install(new InsightModule());
        install(new ExportModule());
        install(new NotificationModule());
    }

    @Provides
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Provides
    @Singleton
    Content content(Set<ContentPack> packs) {
        return new Content(packs);
    }

    @Provides
    @Singleton
    Store store(StoreSettings settings, Set<StoreSetUp> setUps) {
        Store store = Store.open(settings);
        try {
            setUps.forEach(step -> step.setUp(store));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    @Provides
    @Singleton
    Jdbc jdbc(Store store, Keyring keyring) {
        return new Jdbc(store.transactions(), keyring);
    }

    @Provides
    @Singleton
    Keyring keyring(Store store, Clock clock) {
        return new Keyring(store.transactions(), settings.loadMasterKey(), clock, store::scrubFreedSpace);
    }

    @Provides
    Engine engine(Core core) {
        return core.engine();
    }

    @Provides
    @Singleton
    Commands commands(Provider<Engine> engine) {
        return new Commands(engine::get);
    }

    @Provides
    @Singleton
    ReadCache readCache(Store store, Keyring keyring) {
        return new ReadCache(store, keyring, 2_000);
    }

    @Provides
    @Singleton
    Replay replay(Engine engine, Jdbc jdbc) {
        return new Replay(engine, jdbc);
    }

    @Provides
    @Singleton
    StoreHealth storeHealth(Store store, Keyring keyring) {
        return new StoreHealth(store, keyring);
    }

    @Provides
    @Singleton
    Accounts accounts(Jdbc jdbc, Keyring keyring, PasswordHasher hasher, Sessions sessions, Clock clock) {
        Accounts accounts = new Accounts(jdbc, keyring, hasher, sessions, clock);
        accounts.sealLegacyRows();
        return accounts;
    }

    @Provides
    @Singleton
    MemberLocks memberLocks(Jdbc jdbc, PasswordHasher hasher, Clock clock) {
        return new MemberLocks(jdbc, hasher, clock);
    }

    @Provides
    @Singleton
    PasswordHasher passwordHasher() {
        return new PasswordHasher();
    }

    @Provides
    @Singleton
    Names names(Journeys journeys, Accounts accounts) {
        return new Names(journeys, accounts);
    }

    @Provides
    @Singleton
    Forgetting forgetting(Journeys journeys, Accounts accounts, Keyring keyring, Set<MemberData> elsewhere) {
        return new Forgetting(journeys, accounts, keyring, elsewhere);
    }

    @Provides
    @Singleton
    Sessions sessions(Jdbc jdbc, Clock clock) {
        return new Sessions(jdbc, clock);
    }

    @Provides
    @Singleton
    Recovery recovery(Jdbc jdbc, Accounts accounts, Sessions sessions, Notifications notifications, Set<NotificationChannel> channels,
                      Clock clock) {
        return new Recovery(jdbc, accounts, sessions, notifications, channels, clock);
    }

    @Provides
    @Singleton
    Signup signup(Accounts accounts, Recovery recovery, Notifications notifications, Clock clock) {
        return new Signup(accounts, recovery, notifications, clock);
    }

    @Provides
    @Singleton
    Core core(Store store, Keyring keyring, Jdbc jdbc, Set<AggregateType> aggregates, Set<ReadModel> readModels) {
        Core core = new Core(store, () -> new Engine(store, keyring, jdbc, aggregates, readModels));
        if (store.replayDue()) {
            core.start(); // the read models are rebuilt before anything reads them, also in a CLI run that only reads
        }
        return core;
    }
}
