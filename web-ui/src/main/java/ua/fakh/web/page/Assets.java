package ua.fakh.web.page;

import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Addresses of the static files the layout links to; htmx's version is read from its WebJar, so an upgrade needs no edit here. */
@Singleton
public class Assets {
    private static final String HTMX_POM = "META-INF/maven/org.webjars.npm/htmx.org/pom.properties";

    private final String htmx;

    Assets() {
        this.htmx = "/webjars/htmx.org/" + webjarVersion() + "/dist/htmx.min.js";
    }

    public String htmx() {
        return htmx;
    }

    public String css() {
        return "/static/fakh.css";
    }

    private static String webjarVersion() {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(HTMX_POM)) {
            if (in == null) {
                throw new IllegalStateException("The htmx WebJar is missing from the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
