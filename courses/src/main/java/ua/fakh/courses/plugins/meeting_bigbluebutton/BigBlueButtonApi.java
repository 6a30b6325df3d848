package ua.fakh.courses.plugins.meeting_bigbluebutton;

import jakarta.inject.Singleton;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import ua.fakh.courses.spi.MeetingUnavailableException;
import ua.fakh.courses.spi.MeetingUnavailableException.Reason;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * BigBlueButton's API: {@code GET {url}/api/{callName}?{query}&checksum=…}, answered with XML
 * {@code <response><returncode>SUCCESS|FAILED</returncode><messageKey/><message/>…</response>}.
 * One request, one answer, no retries (the trainer or the join page tries again).
 */
@Singleton
class BigBlueButtonApi {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final BigBlueButtonSettings settings;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    BigBlueButtonApi(BigBlueButtonSettings settings) {
        this.settings = settings;
    }

    /** The signed address of a call (a join is not called but handed to the browser). */
    String url(String callName, Map<String, String> parameters) {
        if (!settings.isConfigured()) {
            throw new MeetingUnavailableException(Reason.NOT_CONFIGURED, MeetingBigBlueButton.ID, "FAKH_BBB_URL, FAKH_BBB_SECRET");
        }
        String query = BigBlueButtonChecksum.query(parameters);
        String checksum = BigBlueButtonChecksum.of(callName, query, settings.secret(), settings.checksumAlgorithm());
        return settings.url() + "/api/" + callName + "?" + (query.isEmpty() ? "" : query + "&") + "checksum=" + checksum;
    }

    /** Makes the call; an unreachable server or an answer that is not BigBlueButton's XML is {@link MeetingUnavailableException}. */
    Reply call(String callName, Map<String, String> parameters) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(callName, parameters))).timeout(TIMEOUT).GET().build();
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new MeetingUnavailableException(Reason.UNREACHABLE, MeetingBigBlueButton.ID, callName, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MeetingUnavailableException(Reason.UNREACHABLE, MeetingBigBlueButton.ID, callName, e);
        }
        Reply reply = parse(response.body());
        if (reply == null) {
            // not BigBlueButton's XML: a proxy's error page, a wrong address
            throw new MeetingUnavailableException(Reason.UNREACHABLE, MeetingBigBlueButton.ID,
                    callName + " HTTP " + response.statusCode());
        }
        return reply;
    }

    /** The top-level elements of {@code <response>}, or null when the body is not that. */
    static Reply parse(byte[] body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // the answer comes over the network: no DOCTYPE, no external entities
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
            Element root = document.getDocumentElement();
            if (!"response".equals(root.getTagName())) {
                return null;
            }
            Map<String, String> fields = new HashMap<>();
            for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element) {
                    fields.put(element.getTagName(), element.getTextContent().strip());
                }
            }
            return fields.containsKey("returncode") ? new Reply(fields) : null;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            return null;
        }
    }

    /** One answer: {@code returncode} SUCCESS or FAILED, a {@code messageKey} such as {@code checksumError} or {@code notFound}. */
    record Reply(Map<String, String> fields) {
        boolean succeeded() {
            return "SUCCESS".equals(fields.get("returncode"));
        }

        String messageKey() {
            return fields.getOrDefault("messageKey", "");
        }

        String field(String name) {
            return fields.get(name);
        }

        /** For logs and exceptions: what BigBlueButton said, never the secret. */
        String describe() {
            return fields.get("returncode") + " " + messageKey() + ": " + fields.getOrDefault("message", "");
        }
    }
}
