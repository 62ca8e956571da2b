package org.openup.engine;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.openup.failure.InvalidInputException;
import org.openup.failure.NotFoundException;
import org.openup.failure.RefusedException;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Axon configured by hand on the store: JDBC event store with snapshots, JDBC token store, pooled
 * streaming processors whose read models commit with their tokens, and a command gateway that
 * retries optimistic-lock conflicts.
 */
public final class Engine implements AutoCloseable {

    /** Events between two snapshots of an aggregate, so loading never replays more than this. */
    public static final int SNAPSHOT_EVERY = 50;
    private static final String RINGS_AFTER_COMMIT = "openup.ringsAfterCommit";

    /** Aggregates of each type kept in memory between commands (see {@link AggregateCache}). */
    static final int CACHED_AGGREGATES = 5_000;
    public static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(5);
    /** Rows per query when streaming events (Axon's default is 100): a replay made one query per 100 events. */
    static final int EVENTS_PER_FETCH = 500;

    /** Axon's JDBC defaults are camelCase; our tables (see schema/V1) use snake_case names. */
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
    static final TokenSchema TOKEN_SCHEMA = TokenSchema.builder()
            .setTokenTable("token_entry")
            .setProcessorNameColumn("processor_name")
            .setSegmentColumn("segment")
            .setTokenColumn("token")
            .setTokenTypeColumn("token_type")
            .setTimestampColumn("timestamp")
            .setOwnerColumn("owner")
            .build();

    private final Store store;
    private final Serializer serializer;
    private final Configuration axon;
    /** Each processor's read models, in the order they were given (and in which it hands them each event). */
    private final Map<String, List<ReadModel>> readModelsByProcessor = new LinkedHashMap<>();
    private final List<String> processorNames;
    private final Jdbc jdbc;
    private final ScheduledExecutorService retries;
    private final String nodeId;
    private final ProjectionProgress progress = new ProjectionProgress();
    private final AppendedEvents appended = new AppendedEvents();
    private volatile boolean started;

    public Engine(Store store, Keyring keyring, Jdbc jdbc, Collection<AggregateType> aggregates,
                  Collection<? extends ReadModel> readModels) {
        this.store = store;
        this.serializer = Serialization.serializer(keyring);
        this.nodeId = newNodeId();
        this.retries = BackgroundThread.scheduler("openup-command-retry");
        JdbcTransactions tx = store.transactions();
        PersistenceExceptionResolver conflicts = new ConflictDetector();

        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureSerializer(c -> serializer)
                .configureMessageSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureTransactionManager(c -> tx)
                .registerComponent(EventStorageEngine.class, c -> JdbcEventStorageEngine.builder()
                        .connectionProvider(tx)
                        .transactionManager(tx)
                        .eventSerializer(serializer)
                        .snapshotSerializer(serializer)
                        .persistenceExceptionResolver(conflicts)
                        .upcasterChain(new EventUpcasterChain(new TextRevisionUpcaster()))
                        .dataType(byte[].class)
                        .schema(EVENT_SCHEMA)
                        .readEventDataWithGaps(new GapBoundedEventQuery())
                        .batchSize(EVENTS_PER_FETCH)
                        .build())
                .configureEventStore(c -> EmbeddedEventStore.builder()
                        .storageEngine(c.getComponent(EventStorageEngine.class))
                        .messageMonitor(c.messageMonitor(EmbeddedEventStore.class, "eventStore"))
                        .spanFactory(c.spanFactory())
                        // Events written by another process (CLI beside the web) are noticed this fast.
                        .fetchDelay(200)
                        .build())
                .registerComponent(WakingEventSource.class, c -> new WakingEventSource(c.eventStore()))
                .registerComponent(TokenStore.class, c -> JdbcTokenStore.builder()
                        .connectionProvider(tx)
                        .serializer(serializer)
                        .contentType(byte[].class)
                        .nodeId(nodeId)
                        .claimTimeout(CLAIM_TIMEOUT)
                        .schema(TOKEN_SCHEMA)
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

        int segments = store.settings().segments();
        for (ReadModel model : readModels) {
            readModelsByProcessor.computeIfAbsent(processingGroup(model), name -> new ArrayList<>()).add(model);
        }
        this.processorNames = List.copyOf(readModelsByProcessor.keySet());
        configurer.eventProcessing(processing -> {
            processing.usingPooledStreamingEventProcessors((c, builder) -> builder
                    .messageSource(c.getComponent(WakingEventSource.class))
                    .initialSegmentCount(segments)
                    .batchSize(1000)
                    .tokenClaimInterval(250)
                    .claimExtensionThreshold(CLAIM_TIMEOUT.toMillis() / 3));
            for (ReadModel model : readModels) {
                processing.registerEventHandler(c -> model);
            }
            processing.registerDefaultHandlerInterceptor((c, name) -> (unitOfWork, chain) -> {
                // once per batch, not once per event of it
                if (unitOfWork.resources().putIfAbsent(RINGS_AFTER_COMMIT, Boolean.TRUE) == null) {
                    unitOfWork.afterCommit(u -> progress.ring());
                }
                return chain.proceed();
            });
        });
        this.jdbc = jdbc;
        this.axon = configurer.buildConfiguration();
        axon.eventStore().subscribe(appended::published);
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

    public synchronized Engine start() {
        if (!started) {
            ReplayLoop.finishInterruptedClearing(this);
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

    AppendedEvents appended() {
        return appended;
    }

    ProjectionProgress progress() {
        return progress;
    }

    public Serializer serializer() {
        return serializer;
    }

    /** A name for one running part of this process among all nodes: the JVM's pid@host and a random suffix. */
    public static String newNodeId() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String nodeId() {
        return nodeId;
    }

    public List<String> processorNames() {
        return processorNames;
    }

    /** The read models a processor keeps, in the order it hands them each event. */
    List<ReadModel> readModels(String processorName) {
        return readModelsByProcessor.getOrDefault(processorName, List.of());
    }

    /** The store's JDBC moves, for the engine's own tables (replay's record). */
    Jdbc jdbc() {
        return jdbc;
    }

    public Optional<PooledStreamingEventProcessor> processor(String name) {
        return axon.eventProcessingConfiguration().eventProcessor(name, PooledStreamingEventProcessor.class);
    }

    /**
     * The status of each of the processor's segments, when this process holds all of them and
     * none has failed; empty otherwise. A segment's status moves only after its batch commits, so
     * it never runs ahead of the read models.
     */
    public Optional<Collection<EventTrackerStatus>> statusHeldHere(String processorName) {
        var status = processor(processorName).map(p -> p.processingStatus().values()).orElse(List.of());
        double held = status.stream().mapToDouble(s -> 1.0 / (s.getSegment().getMask() + 1)).sum();
        if (held < 0.999 || status.stream().anyMatch(EventTrackerStatus::isErrorState)) {
            return Optional.empty();
        }
        return Optional.of(status);
    }

    /**
     * Where every processor stands, known without asking the store, when this running process
     * holds every segment of every processor (then every change to a read model, whoever wrote
     * its event, is made here): each segment's token, to be compared exactly. Empty otherwise.
     */
    public Optional<List<Object>> positionsHeldHere() {
        if (!started) {
            return Optional.empty();
        }
        List<Object> positions = new ArrayList<>();
        for (String name : processorNames) {
            Optional<Collection<EventTrackerStatus>> held = statusHeldHere(name);
            if (held.isEmpty()) {
                return Optional.empty();
            }
            List<EventTrackerStatus> bySegment = new ArrayList<>(held.get());
            bySegment.sort(Comparator.comparingInt(s -> s.getSegment().getSegmentId()));
            for (EventTrackerStatus segment : bySegment) {
                positions.add(Arrays.asList(name, segment.getSegment().getSegmentId(), segment.getTrackingToken()));
            }
        }
        return Optional.of(positions);
    }

    @Override
    public synchronized void close() {
        if (started) {
            axon.shutdown();
            started = false;
        }
        axon.getComponent(WakingEventSource.class).close();
        retries.shutdownNow();
        try {
            retries.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
