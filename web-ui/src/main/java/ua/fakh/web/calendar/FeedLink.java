package ua.fakh.web.calendar;

/** A feed's secret address, shown once: to copy ({@code https}) and to subscribe with a phone ({@code webcal}). */
public record FeedLink(String url, String webcal) {

    static FeedLink of(String publicUrl, String path) {
        String url = publicUrl.replaceAll("/+$", "") + path;
        return new FeedLink(url, url.replaceFirst("^https?://", "webcal://"));
    }
}
