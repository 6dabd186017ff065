package org.kvmforum.bot.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Gateway frames by opcode, as JSON text. */
final class GatewayFrames {
    static final int DISPATCH = 0;
    static final int HEARTBEAT = 1;
    static final int IDENTIFY = 2;
    static final int RESUME = 6;
    static final int RECONNECT = 7;
    static final int INVALID_SESSION = 9;
    static final int HELLO = 10;
    static final int HEARTBEAT_ACK = 11;

    private GatewayFrames() {}

    static String dispatch(long seq, String type, ObjectNode data) {
        ObjectNode frame = Json.object().put("op", DISPATCH).put("s", seq).put("t", type);
        frame.set("d", data);
        return Json.write(frame);
    }

    static String hello(int heartbeatIntervalMillis) {
        ObjectNode frame = Json.object().put("op", HELLO);
        frame.putObject("d").put("heartbeat_interval", heartbeatIntervalMillis);
        return Json.write(frame);
    }

    static String heartbeatAck() {
        return "{\"op\":11,\"d\":null}";
    }

    static String reconnect() {
        return "{\"op\":7,\"d\":null}";
    }

    static String invalidSession(boolean resumable) {
        return "{\"op\":9,\"d\":" + resumable + "}";
    }

    /** RESUMED carries no sequence number, so it never lands in a later replay. */
    static String resumed() {
        return "{\"op\":0,\"s\":null,\"t\":\"RESUMED\",\"d\":{}}";
    }
}
