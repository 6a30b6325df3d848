package ua.fakh.courses.plugins.content_video;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The video sites whose page addresses a trainer pastes (YouTube, Vimeo): such a video plays in the
 * site's own player, embedded in its privacy-enhanced form (youtube-nocookie.com; Vimeo with
 * {@code dnt=1}), which sets no tracking cookies before the learner presses play.
 */
final class VideoHosts {
    static final String YOUTUBE_PLAYER = "https://www.youtube-nocookie.com";
    static final String VIMEO_PLAYER = "https://player.vimeo.com";
    private static final Set<String> YOUTUBE = Set.of("youtube.com", "www.youtube.com", "m.youtube.com",
            "music.youtube.com", "youtube-nocookie.com", "www.youtube-nocookie.com");
    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern YOUTUBE_PATH = Pattern.compile("/(?:embed|shorts|live|v)/([A-Za-z0-9_-]{11})/?");
    private static final Pattern VIMEO_PAGE = Pattern.compile("/(?:video/)?([0-9]{6,12})(?:/([0-9a-f]{6,20}))?/?");
    /** The ends of addresses of files a {@code <video>} element plays. */
    private static final Pattern VIDEO_FILE = Pattern.compile(".*\\.(mp4|m4v|webm|ogv|ogg|mov)$");

    /** A video on a known site: the site's name and the address of its embeddable player. */
    record Embedded(String site, String player, String origin) {
    }

    private VideoHosts() {
    }

    /** The embeddable player for a YouTube or Vimeo video page, or empty for any other address. */
    static Optional<Embedded> embedded(URI page) {
        String host = page.getHost() == null ? "" : page.getHost().toLowerCase(Locale.ROOT);
        String path = page.getRawPath() == null ? "" : page.getRawPath();
        if (host.equals("youtu.be")) {
            String id = path.replaceFirst("^/", "").replaceFirst("/$", "");
            return youtube(id);
        }
        if (YOUTUBE.contains(host)) {
            if (path.equals("/watch")) {
                return youtube(query(page, "v"));
            }
            Matcher m = YOUTUBE_PATH.matcher(path);
            return m.matches() ? youtube(m.group(1)) : Optional.empty();
        }
        if (host.equals("vimeo.com") || host.equals("www.vimeo.com") || host.equals("player.vimeo.com")) {
            Matcher m = VIMEO_PAGE.matcher(path);
            if (m.matches()) {
                String unlisted = m.group(2) != null ? m.group(2) : query(page, "h");
                String hash = unlisted == null || !unlisted.matches("[0-9a-f]{6,20}") ? "" : "&h=" + unlisted;
                return Optional.of(new Embedded("Vimeo", VIMEO_PLAYER + "/video/" + m.group(1) + "?dnt=1" + hash, VIMEO_PLAYER));
            }
        }
        return Optional.empty();
    }

    /** Whether the address names a video file (by its ending) rather than a web page. */
    static boolean isVideoFile(URI address) {
        String path = address.getPath() == null ? "" : address.getPath().toLowerCase(Locale.ROOT);
        return VIDEO_FILE.matcher(path).matches();
    }

    private static Optional<Embedded> youtube(String id) {
        if (id == null || !YOUTUBE_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Embedded("YouTube", YOUTUBE_PLAYER + "/embed/" + id, YOUTUBE_PLAYER));
    }

    private static String query(URI page, String name) {
        String query = page.getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }
}
