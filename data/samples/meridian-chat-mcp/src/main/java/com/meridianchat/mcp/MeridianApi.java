package com.meridianchat.mcp;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class MeridianApi {

    private final RestClient rest;

    public MeridianApi(@Value("${meridian.api-url}") String apiUrl, @Value("${meridian.bot-token}") String token) {
        this.rest = RestClient.builder()
                .baseUrl(apiUrl)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bot " + token)
                .build();
    }

    public String get(String path, Object... uriVariables) {
        return rest.get().uri(path, uriVariables).retrieve().body(String.class);
    }

    public String post(String path, Map<String, ?> body, Object... uriVariables) {
        return rest.post().uri(path, uriVariables).body(body).retrieve().body(String.class);
    }

    public String delete(String path, Object... uriVariables) {
        return rest.delete().uri(path, uriVariables).retrieve().body(String.class);
    }
}
