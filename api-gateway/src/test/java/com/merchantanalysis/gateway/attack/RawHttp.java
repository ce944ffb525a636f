package com.merchantanalysis.gateway.attack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand on a socket, for requests no HTTP client would send as they are: paths with
 * {@code ..}, {@code //} or a raw {@code %}, oversized headers. One request per connection.
 */
final class RawHttp {

    private RawHttp() {
    }

    static Response send(int port, String method, String target, Map<String, String> headers) {
        StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n").append("Connection: close\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException("Raw request " + method + " " + abbreviate(target) + " failed", e);
        }
    }

    /**
     * Reads one answer: to the end of its Content-Length or last chunk, or to EOF. Not waiting for EOF
     * matters when the server answers before reading the request body and keeps the connection open.
     */
    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0;) {
                bytes.write(buffer, 0, n);
                if (complete(bytes.toString(StandardCharsets.ISO_8859_1))) {
                    break;
                }
            }
        } catch (java.net.SocketException e) {
            // The server may reset after answering (it closes without reading the rest): keep what came.
            if (bytes.size() == 0) {
                throw e;
            }
        }
        return bytes.toByteArray();
    }

    private static boolean complete(String soFar) {
        int headerEnd = soFar.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            return false;
        }
        String head = soFar.substring(0, headerEnd).toLowerCase(Locale.ROOT);
        int bodyBytes = soFar.length() - headerEnd - 4;
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("\r\ncontent-length:\\s*(\\d+)").matcher(head);
        if (length.find()) {
            return bodyBytes >= Integer.parseInt(length.group(1));
        }
        if (head.contains("\r\ntransfer-encoding: chunked")) {
            return soFar.endsWith("\r\n0\r\n\r\n") || soFar.substring(headerEnd + 4).startsWith("0\r\n\r\n");
        }
        return false;
    }

    private static Response parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int headerEnd = text.indexOf("\r\n\r\n");
        String head = headerEnd < 0 ? text : text.substring(0, headerEnd);
        String body = headerEnd < 0 ? "" : text.substring(headerEnd + 4);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Response(status, headers, body);
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            // Sizes count bytes; bodies here are ASCII JSON, so characters and bytes agree.
            body.append(chunked, lineEnd + 2, Math.min(chunked.length(), lineEnd + 2 + size));
            at = lineEnd + 2 + size + 2;
        }
        return body.toString();
    }

    static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…(" + text.length() + " chars)" : text;
    }

    record Response(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String contentType() {
            return header("content-type");
        }
    }
}
