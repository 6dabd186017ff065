package org.kvmforum.bot.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * JDA's session controller with the gateway address from the config, so a gateway proxy (or the tests' local
 * stand-in) is reached. A single JDA asks {@link #getGateway()}; the shard manager asks Discord's
 * {@code gateway/bot} for the shard count and concurrency and connects to the URL it names, so that answer's
 * URL is replaced with the configured one too. Identify pacing is left to the stock controller.
 */
final class ConfiguredGateway extends ConcurrentSessionController {
    private final String gatewayUrl;

    ConfiguredGateway(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    @Override
    public String getGateway() {
        return gatewayUrl;
    }

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        ShardedGateway discords = super.getShardedGateway(api);
        return new ShardedGateway(gatewayUrl, discords.getShardTotal(), discords.getConcurrency());
    }
}
