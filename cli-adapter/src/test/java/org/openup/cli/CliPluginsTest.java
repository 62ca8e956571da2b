package org.openup.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in plugins through the CLI: listed by 'admin plugins', their commands under 'openup <plugin>'. */
class CliPluginsTest {

    @TempDir
    Path home;

    private final ObjectMapper json = new ObjectMapper();

    private CliRun run(String... args) {
        return CliRun.run(Map.of("OPENUP_HOME", home.toString()), args);
    }

    @Test
    void adminPluginsListsTheBuiltInPluginsAndWhatTheyAdd() throws Exception {
        // When the operator asks which plugins are loaded
        CliRun plugins = run("admin", "plugins", "--json");

        // Then the built-in plugins are there, with their routes, commands and the webhook channel
        assertThat(plugins.exit()).as(plugins.err()).isZero();
        JsonNode answer = json.readTree(plugins.out());
        assertThat(answer.get("loaded").toString()).contains("\"calendar\"").contains("\"webhook\"").contains("\"email\"");
        assertThat(answer.get("failed").size()).isZero();
        assertThat(answer.at("/web/calendar").asText()).isEqualTo("/plugins/calendar/");
        assertThat(answer.get("channels").toString()).contains("webhook").contains("email");
        assertThat(run("admin", "plugins").out()).contains("calendar").contains("cli: openup webhook --help");
    }

    @Test
    void calendarExportPrintsTheChosenTalkAndWebhookAddGivesASecret() throws Exception {
        // Given Ana alone records the time her partner chose in person
        assertThat(run("init", "--name", "Ana").exit()).isZero();
        CliRun invite = run("invite", "--minutes", "7", "--json");
        assertThat(invite.exit()).as(invite.err()).isZero();
        String invitation = json.readTree(invite.out()).get("invitationId").asText();
        CliRun chosen = run("invite", "--choose", invitation, "--at", "2031-03-04T19:00:00Z", "--json");
        assertThat(chosen.exit()).as(chosen.out() + chosen.err()).isZero();

        // When she exports her calendar to standard output and adds a webhook endpoint
        CliRun ics = run("calendar", "export", "-o", "-");
        CliRun hook = run("webhook", "add", "https://93.184.215.14/openup-hook");

        // Then the export holds the talk and the secret is shown once
        assertThat(ics.exit()).as(ics.err()).isZero();
        assertThat(ics.out()).startsWith("BEGIN:VCALENDAR\r\n").contains("DTSTART:20310304T190000Z").contains("DTEND:20310304T190700Z");
        assertThat(hook.out()).contains("whsec_");
        assertThat(run("webhook", "list").out()).contains("https://93.184.215.14/openup-hook").doesNotContain("whsec_");
        assertThat(run("calendar").out()).contains("export").contains("feed").contains("revoke");

        // and every plugin command answers scripts in JSON, as the CLI's own do
        assertThat(json.readTree(run("calendar", "export", "-o", "-", "--json").out()).get("ics").asText()).contains("DTSTART:20310304T190000Z");
        assertThat(json.readTree(run("calendar", "feed", "--json").out()).get("address").asText()).contains("/plugins/calendar/feed/");
        assertThat(json.readTree(run("calendar", "revoke", "--json").out()).get("revoked").asBoolean()).isTrue();
        JsonNode endpoints = json.readTree(run("webhook", "list", "--json").out()).get("endpoints");
        String endpoint = endpoints.get(0).get("endpointId").asText();
        assertThat(json.readTree(run("webhook", "remove", endpoint, "--json").out()).get("removed").asText()).isEqualTo(endpoint);
    }

    @Test
    void withoutAWebAdapterTheOperatorDeliversTheOutboxFromTheCli() throws Exception {
        // Given Ben's webhook points at a closed port, and Ana invites him
        assertThat(run("init", "--name", "Ana").exit()).isZero();
        String code = json.readTree(run("partner", "invite", "--json").out()).get("code").asText();
        assertThat(run("partner", "join", code, "--name", "Ben", "--profile", "ben").exit()).isZero();
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThat(run("webhook", "add", "http://127.0.0.1:" + closedPort + "/hook", "--profile", "ben").exit()).isZero();
        assertThat(run("invite", "--minutes", "5").exit()).isZero();

        // When the operator delivers from the CLI
        CliRun pass = run("admin", "notifications", "--deliver", "--json");

        // Then the delivery was tried, failed and waits for its retry
        assertThat(pass.exit()).as(pass.err()).isZero();
        JsonNode answer = json.readTree(pass.out());
        assertThat(answer.at("/pass/routed").asInt()).as(pass.out()).isEqualTo(1);
        assertThat(answer.at("/pass/retrying").asInt()).as(pass.out()).isEqualTo(1);
        assertThat(answer.at("/deliveries/webhook/pending").asInt()).isEqualTo(1);
    }
}
