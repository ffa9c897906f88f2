package com.meridianchat.mcp;

import org.springframework.ai.tool.ToolCallbackProvider;
import org.springframework.ai.tool.method.MethodToolCallbackProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class MeridianMcpApplication {

    public static void main(String[] args) {
        SpringApplication.run(MeridianMcpApplication.class, args);
    }

    @Bean
    public ToolCallbackProvider meridianTools(MessagingTools messaging, ChannelAdminTools admin) {
        return MethodToolCallbackProvider.builder().toolObjects(messaging, admin).build();
    }
}
