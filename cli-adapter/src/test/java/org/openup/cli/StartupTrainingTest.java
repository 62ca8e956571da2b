package org.openup.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The launcher's training session must keep working as commands change, or the archive thins out. */
class StartupTrainingTest {

    @Test
    void every_command_of_the_training_session_succeeds_on_a_fresh_store(@TempDir Path home) {
        StartupTraining.train(home, Map.of());

        assertThat(home.resolve("openup.db")).isNotEmptyFile();
        assertThat(home.resolve("profiles/default.properties")).exists();
    }
}
