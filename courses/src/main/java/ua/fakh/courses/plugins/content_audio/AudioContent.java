package ua.fakh.courses.plugins.content_audio;

import jakarta.inject.Singleton;
import ua.fakh.core.plugins.PluginDescriptor;
import ua.fakh.courses.spi.MediaContentType;

/** Audio lesson: an uploaded audio file or an external address, with an optional transcript. */
@Singleton
public class AudioContent extends MediaContentType {

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of("content_audio", "1.0.0");
    }

    @Override
    protected String kind() {
        return "audio";
    }

    @Override
    public String icon() {
        return "♪";
    }
}
