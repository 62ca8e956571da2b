package org.openup.engine.axon;

import org.openup.engine.BackgroundThread;
import org.openup.engine.crypto.Keyring;
import org.openup.engine.readmodel.Jdbc;
import org.openup.engine.readmodel.ReadModel;
import org.openup.engine.readmodel.Replay;
import org.openup.engine.store.JdbcTransactions;
import org.openup.engine.store.Store;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.AggregateConfiguration;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.openup.spi.failure.InvalidInputException;
import org.openup.spi.failure.NotFoundException;
import org.openup.spi.failure.RefusedException;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Axon configured by hand on the store: JDBC event store with snapshots, read models and the
 * notification outbox in a subscribing processor, and a command gateway that retries
 * optimistic-lock conflicts.
 * <p>One transaction per command: the command bus opens it, the event store appends the events
 * in it, and the subscribing processor hands the same events to every read model before it
 * commits, on the command's thread and connection. An answered command is durable and visible to
 * every reader, on this node or any other, with one commit; a read model that fails rolls the
 * command back. No processor tracks the event stream, so there are no tokens and nothing to wait
 * for. {@link Replay} rebuilds the read models from the events.
 */
public final class Engine implements AutoCloseable {

    /** Events between two snapshots of an aggregate, so loading never replays more than this. */
    public static final int SNAPSHOT_EVERY = 50;

    /** Aggregates of each type kept in memory between commands (see {@link AggregateCache}). */
    static final int CACHED_AGGREGATES = 5_000;

    /** Axon's JDBC defaults are camelCase; our tables use snake_case names. */
    static final EventSchema EVENT_SCHEMA = EventSchema.builder()
            .eventTable("domain_event_entry")
            .snapshotTable("snapshot_event_entry")
            .globalIndexColumn("global_index")
            .timestampColumn("timestamp")
            .eventIdentifierColumn("event_identifier")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .typeColumn("type")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .build();

    private final Store store;
    private final Serializer serializer;
    private final Configuration axon;
    private final List<ReadModel> readModels;
    private final Jdbc jdbc;
    private final ScheduledExecutorService retries;
    private final ScheduledExecutorService snapshots;
    private volatile boolean started;

    public Engine(Store store, Keyring keyring, Jdbc jdbc, Collection<AggregateType> aggregates,
                  Collection<? extends ReadModel> readModels) {
        this.store = store;
        // The event store keeps an event's time to the millisecond; the read models, handed the
        // events before they are stored, must see the time a rebuild from the store will see.
        GenericEventMessage.clock = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
        this.serializer = Serialization.serializer(keyring);
        this.retries = BackgroundThread.scheduler("openup-command-retry");
        this.snapshots = BackgroundThread.scheduler("openup-snapshots");
        this.readModels = List.copyOf(readModels);
        this.jdbc = jdbc;
        JdbcTransactions tx = store.transactions();
        PersistenceExceptionResolver conflicts = new ConflictDetector();

        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureSerializer(c -> serializer)
                .configureMessageSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureTransactionManager(c -> tx)
                .registerComponent(EventStorageEngine.class, c -> new EventStorage(JdbcEventStorageEngine.builder()
                        .connectionProvider(tx)
                        .transactionManager(EventStorage.readsAlone(tx))
                        .eventSerializer(serializer)
                        .snapshotSerializer(serializer)
                        .persistenceExceptionResolver(conflicts)
                        .upcasterChain(upcasters())
                        .dataType(byte[].class)
                        .schema(EVENT_SCHEMA), byte[].class))
                // Snapshots are taken on a thread of their own. Axon takes one right after a commit,
                // while the command still holds its aggregate's lock: on the embedded store that
                // thread then waited for its turn to write, held by another command waiting for
                // the aggregate (a deadlock seen under load).
                // A snapshot reads its events outside any transaction and takes a turn to write only
                // to store the snapshot (EventStorage does that in a transaction of its own): read,
                // rebuilt and serialised inside one, it kept the embedded store's one writer waiting.
                .configureSnapshotter(c -> AggregateSnapshotter.builder()
                        .eventStore(c.eventStore())
                        .transactionManager(NoTransactionManager.INSTANCE)
                        .aggregateFactories(c.findModules(AggregateConfiguration.class).stream()
                                .<AggregateFactory<?>>map(AggregateConfiguration::aggregateFactory).toList())
                        .repositoryProvider(c::repository)
                        .parameterResolverFactory(c.parameterResolverFactory())
                        .executor(snapshots)
                        .build())
                .configureEventStore(c -> EmbeddedEventStore.builder()
                        .storageEngine(c.getComponent(EventStorageEngine.class))
                        .messageMonitor(c.messageMonitor(EmbeddedEventStore.class, "eventStore"))
                        .spanFactory(c.spanFactory())
                        .build())
                .registerComponent(CommandGateway.class, c -> DefaultCommandGateway.builder()
                        .commandBus(c.commandBus())
                        .retryScheduler(IntervalRetryScheduler.builder()
                                .retryExecutor(retries)
                                .retryInterval(20)
                                .maxRetryCount(20)
                                // Only a lost optimistic-lock race is worth another try.
                                .addNonTransientFailurePredicate(Engine::isUserFacing)
                                .build())
                        .build());

        for (AggregateType aggregate : aggregates) {
            configurer.configureAggregate(aggregateConfig(aggregate.type()));
        }
        for (ReadModel model : this.readModels) {
            processingGroup(model); // each names its group, as Axon expects of a handler
        }
        configurer.eventProcessing(processing -> {
            processing.usingSubscribingEventProcessors();
            for (ReadModel model : this.readModels) {
                processing.registerEventHandler(c -> model);
            }
            // A read model that cannot take an event fails the command, which then changes nothing.
            processing.registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
            processing.registerDefaultErrorHandler(c -> PropagatingErrorHandler.instance());
        });
        this.axon = configurer.buildConfiguration();
    }

    /** The upcasters every read of stored events applies. */
    public static EventUpcasterChain upcasters() {
        return new EventUpcasterChain(new TextRevisionUpcaster());
    }

    private static <A> AggregateConfigurer<A> aggregateConfig(Class<A> type) {
        AggregateCache cache = new AggregateCache(CACHED_AGGREGATES);
        return AggregateConfigurer.defaultConfiguration(type)
                .configureCache(c -> cache)
                .configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(), SNAPSHOT_EVERY));
    }

    private static boolean isUserFacing(Throwable t) {
        return t instanceof RefusedException || t instanceof NotFoundException
                || t instanceof InvalidInputException || t instanceof IllegalArgumentException
                || t instanceof AggregateNotFoundException;
    }

    static String processingGroup(Object model) {
        ProcessingGroup group = model.getClass().getAnnotation(ProcessingGroup.class);
        if (group == null) {
            throw new IllegalStateException(model.getClass().getName() + " needs @ProcessingGroup");
        }
        return group.value();
    }

    /** Starts Axon, after rebuilding the read models first when the store asks for it (see {@link Replay}). */
    public synchronized Engine start() {
        if (!started) {
            // the rebuild first: if it fails, nothing has started and the next start tries again
            new Replay(this, jdbc).rebuildIfDue();
            axon.start();
            started = true;
        }
        return this;
    }

    public CommandGateway commands() {
        return axon.getComponent(CommandGateway.class);
    }

    public Configuration axon() {
        return axon;
    }

    public Store store() {
        return store;
    }

    public Serializer serializer() {
        return serializer;
    }

    /** The read models, in the order each event is handed to them. */
    public List<ReadModel> readModels() {
        return readModels;
    }

    /** Each read model as Axon invokes it: its handlers with their parameters resolved (for a replay). */
    public List<AnnotationEventHandlerAdapter> readModelHandlers() {
        return readModels.stream()
                .map(model -> new AnnotationEventHandlerAdapter(model, axon.parameterResolverFactory(),
                        axon.handlerDefinition(model.getClass())))
                .toList();
    }

    @Override
    public synchronized void close() {
        if (started) {
            axon.shutdown();
            started = false;
        }
        retries.shutdownNow();
        snapshots.shutdown(); // a snapshot under way finishes; one not begun is taken after a later command
        try {
            retries.awaitTermination(1, TimeUnit.SECONDS);
            snapshots.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
