package com.meridianchat.mcp;

import java.util.HashMap;
import java.util.Map;

import org.springframework.ai.tool.annotation.Tool;
import org.springframework.ai.tool.annotation.ToolParam;
import org.springframework.stereotype.Service;

@Service
public class MessagingTools {

    private final MeridianApi api;

    public MessagingTools(MeridianApi api) {
        this.api = api;
    }

    @Tool(name = "list_channels", description = "List the public channels of the workspace and the private channels the bot belongs to.")
    public String listChannels() {
        return api.get("/v3/channels?member=true&public=true");
    }

    @Tool(name = "read_channel_history",
          description = "Read the most recent messages of a channel, including private channels and direct messages.")
    public String readChannelHistory(
            @ToolParam(description = "Channel or conversation id, e.g. C04Q2R7") String channelId,
            @ToolParam(description = "Number of messages, at most 200", required = false) Integer limit) {
        int n = limit == null ? 50 : Math.min(limit, 200);
        return api.get("/v3/channels/{id}/messages?limit={n}", channelId, n);
    }

    @Tool(description = "Search messages across all channels the bot can read.")
    public String searchMessages(
            @ToolParam(description = "Search terms; supports from:@user and in:#channel") String query,
            @ToolParam(description = "Maximum results", required = false) Integer limit) {
        return api.get("/v3/search/messages?q={q}&limit={n}", query, limit == null ? 20 : limit);
    }

    @Tool(name = "send_message", description = "Post a message to a channel or a direct conversation as the bot.")
    public String sendMessage(
            @ToolParam(description = "Channel or conversation id") String channelId,
            @ToolParam(description = "Message text; Meridian markdown is supported") String text,
            @ToolParam(description = "Reply in this thread", required = false) String threadId) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        if (threadId != null) {
            body.put("thread_id", threadId);
        }
        return api.post("/v3/channels/{id}/messages", body, channelId);
    }

    @Tool(description = "Add an emoji reaction to a message.")
    public String addReaction(
            @ToolParam(description = "Channel id") String channelId,
            @ToolParam(description = "Message id") String messageId,
            @ToolParam(description = "Emoji short name without colons, e.g. thumbsup") String emoji) {
        return api.post("/v3/channels/{c}/messages/{m}/reactions", Map.of("emoji", emoji), channelId, messageId);
    }

    @Tool(name = "delete_message", description = "Delete a message. Deleted messages cannot be recovered.")
    public String deleteMessage(
            @ToolParam(description = "Channel id") String channelId,
            @ToolParam(description = "Message id") String messageId) {
        return api.delete("/v3/channels/{c}/messages/{m}", channelId, messageId);
    }
}
