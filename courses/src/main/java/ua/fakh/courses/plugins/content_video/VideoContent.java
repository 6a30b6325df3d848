package ua.fakh.courses.plugins.content_video;

import jakarta.inject.Singleton;
import ua.fakh.core.plugins.PluginDescriptor;
import ua.fakh.courses.spi.MediaContentType;

/** Video lesson: an uploaded video file or an external address, with an optional transcript. */
@Singleton
public class VideoContent extends MediaContentType {

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of("content_video", "1.0.0");
    }

    @Override
    protected String kind() {
        return "video";
    }

    @Override
    public String icon() {
        return "▶";
    }
}
