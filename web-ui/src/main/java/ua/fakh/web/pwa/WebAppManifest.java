package ua.fakh.web.pwa;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The web app manifest (W3C "Web Application Manifest"): what a phone needs to install Fakh. */
@Serdeable
record WebAppManifest(String id, String name, @JsonProperty("short_name") String shortName, String description,
                      String lang, String dir, @JsonProperty("start_url") String startUrl, String scope,
                      String display, @JsonProperty("theme_color") String themeColor,
                      @JsonProperty("background_color") String backgroundColor, List<Icon> icons) {

    @Serdeable
    record Icon(String src, String sizes, String type, String purpose) {
    }
}
