package ua.fakh.core.notifications.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ua.fakh.core.config.FakhSettings;
import ua.fakh.core.i18n.Messages;
import ua.fakh.core.notifications.Bilingual;
import ua.fakh.core.notifications.Notice;
import ua.fakh.core.notifications.NoticeText;
import ua.fakh.core.notifications.Recipient;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Puts a notice into its recipient's language, once, when it is queued: a subject, a plain-text body
 * (links written out, for messengers and text-only mail readers) and the same body as a small HTML
 * document with inline styles (mail readers ignore style sheets), greeting by name and closing with
 * where to change what one receives.
 */
@Singleton
class NoticeRenderer {
    private final Messages messages;
    private final String publicUrl;

    NoticeRenderer(Messages messages, FakhSettings settings) {
        this.messages = messages;
        this.publicUrl = settings.publicUrl().replaceAll("/+$", "");
    }

    Rendered render(Notice notice, Recipient to) {
        Locale locale = to.locale();
        String subject = text(notice.subject(), locale);
        List<String> paragraphs = new ArrayList<>();
        for (NoticeText paragraph : notice.paragraphs()) {
            paragraphs.add(text(paragraph, locale));
        }
        String link = notice.actionPath() == null ? null : absolute(notice.actionPath());
        String label = notice.actionLabel() == null ? null : text(notice.actionLabel(), locale);
        String greeting = messages.get(locale, "notice.greeting", to.fullName());
        String footer = messages.get(locale, "notice.footer", publicUrl + "/profile/notifications");
        return new Rendered(oneLine(subject), plain(greeting, paragraphs, label, link, footer),
                html(locale, subject, greeting, paragraphs, label, link, footer), link);
    }

    /** A path of Fakh ({@code /learn/…}) as an address people can open; an absolute address stays as it is. */
    String absolute(String path) {
        return path.startsWith("http://") || path.startsWith("https://") ? path : publicUrl + (path.startsWith("/") ? "" : "/") + path;
    }

    private String text(NoticeText text, Locale locale) {
        Object[] arguments = text.arguments().stream()
                .map(argument -> argument instanceof Bilingual both ? both.in(locale) : argument)
                .toArray();
        return messages.get(locale, text.key(), arguments);
    }

    private static String plain(String greeting, List<String> paragraphs, @Nullable String label, @Nullable String link, String footer) {
        StringBuilder body = new StringBuilder(greeting).append("\n\n");
        for (String paragraph : paragraphs) {
            body.append(paragraph).append("\n\n");
        }
        if (link != null) {
            body.append(label == null ? "" : label + ": ").append(link).append("\n\n");
        }
        return body.append("-- \n").append(footer).append('\n').toString();
    }

    private static String html(Locale locale, String subject, String greeting, List<String> paragraphs, @Nullable String label,
                               @Nullable String link, String footer) {
        StringBuilder body = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
                .append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>")
                .append(escape(subject)).append("</title></head>")
                .append("<body style=\"margin:0;padding:16px;font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#1b1b1b\">")
                .append("<p>").append(escape(greeting)).append("</p>");
        for (String paragraph : paragraphs) {
            body.append("<p>").append(escape(paragraph)).append("</p>");
        }
        if (link != null) {
            body.append("<p><a href=\"").append(escape(link))
                    .append("\" style=\"display:inline-block;padding:10px 16px;background:#0b5394;color:#ffffff;text-decoration:none;border-radius:4px\">")
                    .append(escape(label == null ? link : label)).append("</a></p>")
                    .append("<p style=\"font-size:13px;color:#555\">").append(escape(link)).append("</p>");
        }
        return body.append("<hr style=\"border:0;border-top:1px solid #ddd\"><p style=\"font-size:13px;color:#555\">")
                .append(escape(footer)).append("</p></body></html>").toString();
    }

    /** A subject is one line: a line break in it would start a new mail header. */
    private static String oneLine(String subject) {
        String line = subject.replaceAll("[\\r\\n\\t]+", " ").strip();
        return line.length() > 500 ? line.substring(0, 500) : line;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    record Rendered(String subject, String text, String html, @Nullable String link) {
    }
}
