package org.springframework.http;

public class MediaType {
    public static final MediaType TEXT_PLAIN = new MediaType("text/plain");

    private final String value;

    private MediaType(String value) {
        this.value = value;
    }

    public static MediaType parseMediaType(String mediaType) {
        return new MediaType(mediaType);
    }

    @Override
    public String toString() {
        return value;
    }
}
