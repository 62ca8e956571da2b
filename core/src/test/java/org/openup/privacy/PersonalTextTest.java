package org.openup.privacy;

import org.junit.jupiter.api.Test;
import org.openup.engine.Serialization;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalTextTest {

    record Note(PersonalText text) {
    }

    @Test
    void serialisesAsAPlainStringAndBack() throws Exception {
        var mapper = Serialization.objectMapper();
        String json = mapper.writeValueAsString(new Note(new PersonalText("I worry about us")));
        assertThat(json).isEqualTo("{\"text\":\"I worry about us\"}");
        assertThat(mapper.readValue(json, Note.class).text().text()).isEqualTo("I worry about us");
    }

    @Test
    void neverPrintsItsText() {
        assertThat(new PersonalText("secret").toString()).doesNotContain("secret").contains("6 chars");
        assertThat(new Note(new PersonalText("secret")).toString()).doesNotContain("secret");
    }
}
