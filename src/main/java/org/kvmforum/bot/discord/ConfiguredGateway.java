package org.kvmforum.bot.discord;

import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * JDA's session controller with the gateway address from the config. JDA never asks REST for the gateway of a
 * single shard; it uses a fixed address unless the controller says otherwise, so this is how a gateway proxy
 * (or the tests' local stand-in) is reached. Identify pacing is left to the stock controller.
 */
final class ConfiguredGateway extends SessionControllerAdapter {
    private final String gatewayUrl;

    ConfiguredGateway(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    @Override
    public String getGateway() {
        return gatewayUrl;
    }
}
