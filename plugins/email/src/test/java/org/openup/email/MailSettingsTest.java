package org.openup.email;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailSettingsTest {

    private static final String FROM = "openup@example.org";

    @Test
    void withoutAnAddressNoMailIsSent() {
        assertThat(MailSettings.from(Map.of())).isEmpty();
        assertThat(MailSettings.from(Map.of("OPENUP_SMTP_URL", "  "))).isEmpty();
    }

    @Test
    void smtpMeansStartTlsRequiredAndSmtpsMeansTlsFromTheStart() {
        MailSettings starttls = MailSettings.from(Map.of("OPENUP_SMTP_URL", "smtp://mail.example.org", "OPENUP_MAIL_FROM", FROM)).orElseThrow();
        assertThat(starttls.port()).isEqualTo(587);
        assertThat(starttls.properties()).containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true").containsEntry("mail.smtp.auth", "false");
        MailSettings tls = MailSettings.from(Map.of("OPENUP_SMTP_URL", "SMTPS://mail.example.org", "OPENUP_MAIL_FROM", FROM)).orElseThrow();
        assertThat(tls.port()).isEqualTo(465);
        assertThat(tls.properties()).containsEntry("mail.smtps.host", "mail.example.org").doesNotContainKey("mail.smtps.starttls.required");
    }

    @Test
    void credentialsComeFromTheUrlOrTheirOwnVariablesAndAreNeverPrinted() {
        MailSettings inUrl = MailSettings.from(Map.of("OPENUP_SMTP_URL", "smtp://ana%40example.org:p%3Ass@mail.example.org:2525",
                "OPENUP_MAIL_FROM", FROM)).orElseThrow();
        assertThat(inUrl.user()).isEqualTo("ana@example.org");
        assertThat(inUrl.password()).isEqualTo("p:ss");
        assertThat(inUrl.port()).isEqualTo(2525);
        assertThat(inUrl.toString()).doesNotContain("p:ss").contains("ana@example.org");
        MailSettings own = MailSettings.from(Map.of("OPENUP_SMTP_URL", "smtp://x:y@mail.example.org", "OPENUP_SMTP_USER", "relay",
                "OPENUP_SMTP_PASSWORD", "secret", "OPENUP_MAIL_FROM", FROM)).orElseThrow();
        assertThat(own.user()).isEqualTo("relay");
        assertThat(own.password()).isEqualTo("secret");
    }

    @Test
    void settingsThatCannotWorkAreRefusedByName() {
        assertThatThrownBy(() -> MailSettings.from(Map.of("OPENUP_SMTP_URL", "http://mail.example.org", "OPENUP_MAIL_FROM", FROM)))
                .hasMessageContaining("smtp://").hasMessageContaining("OPENUP_SMTP_URL");
        assertThatThrownBy(() -> MailSettings.from(Map.of("OPENUP_SMTP_URL", "smtp://mail.example.org")))
                .hasMessageContaining("OPENUP_MAIL_FROM");
        assertThatThrownBy(() -> MailSettings.from(Map.of("OPENUP_SMTP_URL", "smtp:///nohost", "OPENUP_MAIL_FROM", FROM)))
                .hasMessageContaining("names no host");
    }
}
