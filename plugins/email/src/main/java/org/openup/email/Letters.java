package org.openup.email;

import org.openup.spi.notification.Notification;
import org.openup.spi.notification.NotificationKind;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What each kind of mail says. Only what the recipient may already see in the app: what happened,
 * when, for how long, and a link back; never anything either partner wrote, never the partner's
 * words, so a mailbox read by someone else gives away little. No mail asks for anything or hurries
 * anyone: "not now" is a choice the method protects.
 */
final class Letters {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.ENGLISH);

    private Letters() {
    }

    /** {@code link}: where in the app (for recovery: the reset link, which works for {@code linkLifetime}); {@code stop}: the link that turns all mail off. */
    static Letter of(Notification n, String link, String stop, java.time.Duration linkLifetime) {
        List<String> lines = new ArrayList<>();
        String subject = switch (n.kind()) {
            case INVITATION_RECEIVED -> {
                lines.add("Your partner would like a talk" + about(n) + ".");
                lines.add("You choose when, or say not now. There is no hurry, and no answer is owed by any time.");
                yield "An invitation to talk, whenever suits you";
            }
            case TIME_CHOSEN -> {
                lines.add("Your partner chose a time for your talk: " + when(n) + about(n) + ".");
                lines.add("Keep it short and kind; stopping on time is part of it.");
                yield "Your partner chose a time";
            }
            case TALK_REMINDER -> {
                lines.add("Your talk is coming up: " + when(n) + about(n) + ".");
                yield "Your talk is coming up";
            }
            case INVITATION_DEFERRED -> {
                lines.add("Your partner said not now to your invitation.");
                lines.add("That is not a no to you. Saying not now safely is part of what makes opening up possible. "
                        + "There is nothing you need to do; give it some room before you ask again.");
                yield "Your partner said not now";
            }
            case INVITATION_DECLINED -> {
                lines.add("Your partner declined this invitation.");
                lines.add("It may be the topic, the timing, or simply how they feel today. "
                        + "Noticing what was in the way, without blame, is a good next step.");
                yield "About your invitation";
            }
            case GRATITUDE_RECEIVED -> {
                lines.add("Your partner thanked you for opening up. Their words are waiting for you in OpenUp.");
                yield "Your partner thanked you";
            }
            case ACCOUNT_RECOVERY -> {
                lines.add("Someone, most likely you, asked for a link to set a new password for your OpenUp account.");
                lines.add("The link works once, within " + linkLifetime.toMinutes() + " minutes. "
                        + "Using it signs you out everywhere else.");
                lines.add("If it was not you, ignore this mail: your password stays as it is.");
                yield "A link to set a new password";
            }
            case ACCOUNT_CONFIRMATION -> {
                lines.add("Welcome to OpenUp. To finish making your account, confirm that this address is yours.");
                lines.add("The link works once, within " + linkLifetime.toMinutes() + " minutes.");
                lines.add("If you did not sign up, ignore this mail: the account cannot be used without it.");
                yield "Confirm your address for OpenUp";
            }
            case ACCOUNT_EXISTS -> {
                lines.add("Someone, maybe you, tried to make a new OpenUp account with this address. It already has one, "
                        + "so nothing was made and nothing was changed.");
                lines.add("If it was you: sign in as usual. Forgot your password? \"Forgot your password?\" on the sign-in page "
                        + "sends a link to set a new one.");
                yield "Someone tried to sign up with your address";
            }
        };
        String action = switch (n.kind()) {
            case ACCOUNT_RECOVERY -> "Set a new password";
            case ACCOUNT_CONFIRMATION -> "Confirm my address";
            case ACCOUNT_EXISTS -> "Sign in";
            default -> "Open OpenUp";
        };
        String footer = n.kind().accountMail()
                ? "You get this mail because the address was given to OpenUp."
                : "You get this mail because you turned it on in OpenUp's settings.";
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append("\n\n"));
        text.append(action).append(": ").append(link).append("\n\n-- \n").append(footer).append('\n')
                .append("Stop all mail from OpenUp: ").append(stop).append('\n');
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><body style=\"font-family:sans-serif;line-height:1.5\">");
        lines.forEach(line -> html.append("<p>").append(escape(line)).append("</p>"));
        html.append("<p><a href=\"").append(escape(link)).append("\">").append(escape(action)).append("</a></p>")
                .append("<hr><p style=\"font-size:small\">").append(escape(footer)).append(" <a href=\"").append(escape(stop))
                .append("\">Stop all mail from OpenUp</a>.</p></body></html>");
        return new Letter(subject, text.toString(), html.toString());
    }

    /**
     * The partner's join link, to someone who is not a member yet: who asks (by the name they gave
     * OpenUp), what it is, that it is theirs to choose, and that a stranger can ignore it.
     */
    static Letter invitation(String asker, String link, java.time.Instant expiresAt) {
        List<String> lines = List.of(
                asker + " invited you to OpenUp, a private place for the two of you to make talking a little easier.",
                "Nothing is asked of you by any time. If you join, you choose when to talk and what to share, and you can always say not now.",
                "The link works once, until " + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(expiresAt.atZone(ZoneId.of("UTC")))
                        + ". If you do not know " + asker + ", ignore this mail: nothing happens.");
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append("\n\n"));
        text.append("See the invitation: ").append(link).append("\n\n-- \nThis mail was sent once, because ").append(asker)
                .append(" gave OpenUp your address. It was not kept.\n");
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><body style=\"font-family:sans-serif;line-height:1.5\">");
        lines.forEach(line -> html.append("<p>").append(escape(line)).append("</p>"));
        html.append("<p><a href=\"").append(escape(link)).append("\">See the invitation</a></p><hr><p style=\"font-size:small\">")
                .append(escape("This mail was sent once, because " + asker + " gave OpenUp your address. It was not kept."))
                .append("</p></body></html>");
        return new Letter(asker + " invited you to OpenUp", text.toString(), html.toString());
    }

    private static String about(Notification n) {
        return n.minutes() == null ? "" : ", of about " + n.minutes() + (n.minutes() == 1 ? " minute" : " minutes");
    }

    /** The time as the partner chose it, in the zone they chose it in. */
    private static String when(Notification n) {
        ZoneId zone = n.talkZone() == null ? ZoneId.of("UTC") : ZoneId.of(n.talkZone());
        return WHEN.format(n.talkAt().atZone(zone)) + " (" + zone.getId().replace('_', ' ') + " time)";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
