package com.example.ntfy;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/plugins.md shows this plugin and its test whole: what a reader copies is what runs here. */
class NtfyPluginDocumentedTest {

    @Test
    void thePluginGuideShowsThisPluginAndItsTestAsTheyAre() throws Exception {
        Path sources = Path.of("src/test/java/com/example/ntfy");
        String guide = Files.readString(Path.of("../../docs/plugins.md"));
        for (String file : new String[]{"NtfyPlugin.java", "NtfyPluginTest.java"}) {
            assertThat(guide).as(file).contains(Files.readString(sources.resolve(file)));
        }
        assertThat(guide).contains(Files.readString(Path.of("src/test/resources/com/example/ntfy/migration/V1__ntfy_topic.sql")).strip());
    }
}
