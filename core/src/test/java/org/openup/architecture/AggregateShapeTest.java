package org.openup.architecture;

import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import org.junit.jupiter.api.Test;
import org.openup.CoreModule;
import org.openup.engine.axon.AggregateType;
import org.openup.engine.store.StoreSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Aggregates only decide and apply: small, and free of storage, HTTP or terminal concerns. */
class AggregateShapeTest {

    @Test
    void everyAggregateIsSmallAndKnowsNothingOfStorage() throws IOException {
        Set<AggregateType> aggregates = Guice.createInjector(new CoreModule(StoreSettings.embedded(Path.of("target/unused"))))
                .getInstance(Key.get(new TypeLiteral<Set<AggregateType>>() { }));
        assertThat(aggregates).extracting(a -> a.type().getSimpleName())
                .contains("Journey", "Reflection", "PartnerQuestionBook", "Invitations", "Talk", "Scene", "LadderPause");
        for (AggregateType aggregate : aggregates) {
            Path source = Path.of("src/main/java", aggregate.type().getName().replace('.', '/') + ".java");
            List<String> lines = Files.readAllLines(source);
            assertThat(lines.size()).as(source + " lines").isLessThan(200);
            assertThat(lines).as(source + " imports")
                    .noneMatch(l -> l.startsWith("import java.sql") || l.startsWith("import org.openup.engine")
                            || l.startsWith("import io.javalin") || l.startsWith("import picocli"));
        }
    }
}
