package org.springframework.http;

import java.net.URI;

public class ResponseEntity<T> {
    public interface HeadersBuilder<B extends HeadersBuilder<B>> {
        B header(String headerName, String... headerValues);

        B location(URI location);

        <T> ResponseEntity<T> build();
    }

    public interface BodyBuilder extends HeadersBuilder<BodyBuilder> {
        BodyBuilder contentType(MediaType contentType);

        <T> ResponseEntity<T> body(T body);
    }

    public static BodyBuilder status(int status) {
        return null;
    }

    public static BodyBuilder ok() {
        return null;
    }
}
