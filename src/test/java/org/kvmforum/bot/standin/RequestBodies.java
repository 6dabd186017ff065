package org.kvmforum.bot.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;
import okio.ByteString;

/** Reads a request body as JSON; JDA sends multipart with a payload_json part when it attaches files. */
final class RequestBodies {
    private RequestBodies() {}

    static String text(RecordedRequest request) {
        ByteString body = request.getBody();
        return body == null ? "" : body.utf8();
    }

    static JsonNode json(RecordedRequest request) {
        ByteString body = request.getBody();
        if (body == null || body.size() == 0) {
            return NullNode.getInstance();
        }
        MediaType type = MediaType.parse(String.valueOf(request.getHeaders().get("Content-Type")));
        if (type != null && "multipart".equals(type.type())) {
            return payloadJson(body, type.parameter("boundary"));
        }
        return Json.parse(body.toByteArray());
    }

    private static JsonNode payloadJson(ByteString body, String boundary) {
        try (MultipartReader reader = new MultipartReader(new Buffer().write(body), boundary)) {
            MultipartReader.Part part;
            while ((part = reader.nextPart()) != null) {
                String disposition = String.valueOf(part.headers().get("Content-Disposition"));
                if (disposition.contains("name=\"payload_json\"")) {
                    return Json.parse(part.body().readUtf8());
                }
            }
            return NullNode.getInstance();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
