package com.meridianchat.mcp;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.ai.tool.annotation.Tool;
import org.springframework.ai.tool.annotation.ToolParam;
import org.springframework.stereotype.Service;

/**
 * Workspace administration. These need a bot token with the {@code channels:admin} scope.
 */
@Service
public class ChannelAdminTools {

    private final MeridianApi api;

    public ChannelAdminTools(MeridianApi api) {
        this.api = api;
    }

    @Tool(name = "create_channel", description = "Create a public or private channel.")
    public String createChannel(
            @ToolParam(description = "Channel name, lower case, no spaces") String name,
            @ToolParam(description = "Create a private channel") boolean isPrivate,
            @ToolParam(description = "Channel topic", required = false) String topic) {
        return api.post("/v3/channels", Map.of("name", name, "private", isPrivate, "topic", topic == null ? "" : topic));
    }

    @Tool(name = "invite_to_channel", description = "Invite a user to a channel, giving them access to its history.")
    public String inviteToChannel(
            @ToolParam(description = "Channel id") String channelId,
            @ToolParam(description = "User id, e.g. U02AB3CD") String userId) {
        return api.post("/v3/channels/{id}/members", Map.of("user", userId), channelId);
    }

    // Retention jobs call the same endpoint; keep the date inclusive-exclusive as the API expects.
    @Tool(
        name = "purge_channel_history",
        description = "Delete every message in a channel posted before a given date."
    )
    public String purgeChannelHistory(
            @ToolParam(description = "Channel id") String channelId,
            @ToolParam(description = "ISO date; messages before this day are deleted") LocalDate before) {
        return api.post("/v3/channels/{id}/purge", Map.of("before", before.toString()), channelId);
    }
}
