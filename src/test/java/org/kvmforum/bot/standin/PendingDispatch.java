package org.kvmforum.bot.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.LongConsumer;

/**
 * A dispatch on its way to the bot, possibly waiting for its shard to be connected again.
 *
 * @param onSent      told the {@link System#nanoTime()} at which the frame went to the socket
 * @param onAbandoned run instead when the stand-in closes before the frame could be sent
 */
record PendingDispatch(String type, ObjectNode data, LongConsumer onSent, Runnable onAbandoned) {}
