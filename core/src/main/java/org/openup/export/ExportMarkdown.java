package org.openup.export;

import org.openup.conversation.ConversationViews;
import org.openup.journey.JourneyView;
import org.openup.reflection.ReflectionViews;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The export as a readable report, something a person could print or bring to a therapist.
 * Dates are shown in the member's own time zone.
 */
public final class ExportMarkdown {

    private ExportMarkdown() {
    }

    public static String render(ExportDocument doc) {
        JourneyView journey = doc.journey();
        ZoneId zone = ZoneId.of(journey.viewer().timeZone());
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm").withZone(zone);
        StringBuilder md = new StringBuilder();
        md.append("# My OpenUp journey\n\n");
        md.append("Exported ").append(when.format(doc.exportedAt())).append(" (").append(zone.getId()).append("). ");
        md.append("It holds what I wrote and what was shared with me.\n\n");
        md.append("Started ").append(when.format(journey.startedAt())).append(". Members: ");
        md.append(String.join(", ", journey.members().stream().map(m -> plain(m.displayName())
                + (m.memberId().equals(doc.memberId()) ? " (me)" : "") + (m.active() ? "" : " (left)")).toList())).append(".\n\n");

        section(md, "Questions I asked");
        for (ReflectionViews.Question q : doc.questions()) {
            md.append("- ").append(plain(q.finalText() != null ? q.finalText() : q.proposal()));
            md.append("  \n  first asked as: \"").append(plain(q.original())).append("\"\n");
        }
        section(md, "What may be in the way");
        for (ReflectionViews.Constraint c : doc.constraints()) {
            md.append("- **").append(plain(c.title())).append("**").append(c.mine() ? (c.shared() ? " (mine, shared)" : " (mine, private)")
                    : " (shared by my partner)");
            if (c.note() != null) {
                md.append(": ").append(plain(c.note()));
            }
            md.append('\n');
        }
        section(md, "Talks");
        for (ConversationViews.Talk t : doc.talks()) {
            md.append("- ").append(when.format(t.heldAt())).append(", ").append(t.minutes()).append(" min");
            if (t.myRating() != null) {
                md.append(": felt ").append(t.myRating().outcome().name().toLowerCase().replace('_', ' '))
                        .append(", open ").append(t.myRating().feltOpen()).append("/5");
                if (t.myRating().gotInTheWay() != null) {
                    md.append("; in the way: ").append(plain(t.myRating().gotInTheWay()));
                }
            }
            md.append('\n');
        }
        section(md, "Moments I noticed");
        for (ReflectionViews.Moment m : doc.moments()) {
            md.append("- ").append(when.format(m.notedAt())).append(": ").append(plain(m.what()));
            if (m.thanks() != null) {
                md.append("  \n  I said: \"").append(plain(m.thanks())).append('"');
            }
            md.append('\n');
        }
        section(md, "Thanks I received");
        doc.thanksReceived().forEach(t -> md.append("- \"").append(plain(t.thanks())).append("\" (").append(when.format(t.thankedAt())).append(")\n"));
        section(md, "Scenes");
        doc.scenes().forEach(s -> md.append("- ").append(plain(s.name())).append(": ").append(String.join(", ", s.attributes().values())).append('\n'));
        return md.toString();
    }

    /**
     * What people wrote, as text and never as markup: a Markdown viewer renders raw HTML, so
     * angle brackets and ampersands are written as entities; the characters of inline markup
     * (links and images, emphasis, code, tables, strike-through) are escaped with a backslash, so
     * "[see](javascript:…)" shows as written instead of becoming a link; and a line break cannot
     * start a heading or list.
     */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\\', '`', '*', '_', '[', ']', '~', '|' -> out.append('\\').append(c);
                case '\r' -> {
                    if (i + 1 == text.length() || text.charAt(i + 1) != '\n') {
                        out.append(' '); // a line break is one space, \r\n included
                    }
                }
                case '\n' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static void section(StringBuilder md, String title) {
        md.append("\n## ").append(title).append("\n\n");
    }

}
