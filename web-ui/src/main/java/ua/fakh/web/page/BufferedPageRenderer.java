package ua.fakh.web.page;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.ViewsConfiguration;
import io.micronaut.views.jte.HtmlJteViewsRenderer;
import io.micronaut.views.jte.JteViewsRendererConfiguration;
import jakarta.inject.Singleton;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;

/**
 * The JTE renderer, with each page gathered in one byte array before it reaches the response. JTE keeps a
 * page as hundreds of small chunks (every static part of a template is one) and the stock writer hands each
 * to Netty's buffer separately: with its bounds and reference checks per call that was 18 % of the course
 * page's CPU under load (perf/README.md, "Session 13"). One copy of ~40 KB is far cheaper.
 */
@Primary
@Singleton
@Replaces(HtmlJteViewsRenderer.class)
@Produces({MediaType.TEXT_HTML, "text/vnd.turbo-stream.html"})
class BufferedPageRenderer<T> extends HtmlJteViewsRenderer<T> {
    private static final int TYPICAL_PAGE_BYTES = 32 * 1024;

    BufferedPageRenderer(ViewsConfiguration views, JteViewsRendererConfiguration jte) {
        super(views, jte);
    }

    @Override
    public Writable render(String viewName, T data, HttpRequest<?> request) {
        Writable page = super.render(viewName, data, request);
        return new Writable() {
            @Override
            public void writeTo(Writer out) throws IOException {
                page.writeTo(out);
            }

            @Override
            public void writeTo(OutputStream out, Charset charset) throws IOException {
                ByteArrayOutputStream whole = new ByteArrayOutputStream(TYPICAL_PAGE_BYTES);
                page.writeTo(whole, charset);
                whole.writeTo(out);
            }
        };
    }
}
