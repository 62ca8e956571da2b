package org.openup.email;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.time.Clock;
import java.util.Date;

/** Sends one mail over SMTP with the settings' TLS: plain text and HTML as alternatives. */
final class Mailer {

    private final MailSettings settings;
    private final Session session;
    private final Clock clock;

    Mailer(MailSettings settings, Clock clock) {
        this.settings = settings;
        this.session = Session.getInstance(settings.properties());
        this.clock = clock;
    }

    /**
     * {@code messageId} is the same on every try of one delivery, so a mail sent again after a
     * crash can be recognised as the same; {@code stop} goes into List-Unsubscribe as well.
     */
    void send(String to, Letter letter, String messageId, String stop) throws MessagingException, java.io.UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<" + messageId + "@openup>");
            }
        };
        message.setFrom(new InternetAddress(settings.from(), "OpenUp", "UTF-8"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(letter.subject(), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("List-Unsubscribe", "<" + stop + ">");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(letter.text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(letter.html(), "UTF-8", "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        message.saveChanges();
        try (Transport transport = session.getTransport(settings.protocol())) {
            transport.connect(settings.host(), settings.port(), settings.user(), settings.password());
            transport.sendMessage(message, message.getAllRecipients());
        }
    }
}
