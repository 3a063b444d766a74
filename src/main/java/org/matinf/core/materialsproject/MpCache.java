package org.matinf.core.materialsproject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.matinf.core.io.AtomicFiles;

/**
 * Answers of earlier searches, one JSON file per query in a folder, so that a query answered once
 * can be answered again without a network. The file is named by the SHA-256 of the query's
 * {@linkplain #key(java.net.URI, MpQuery) cache key} (endpoint, parameters and limit) and holds that
 * key, the documents, their number and the SHA-256 of the documents' JSON text. It is written
 * atomically ({@link AtomicFiles}): a failed search never leaves a file, and a reader never sees half
 * a file. A file that is not valid JSON, belongs to another query or fails its checksum is reported
 * as damaged and treated as absent (the next successful search replaces it). The API key is never
 * written.
 */
public final class MpCache {
    /** The format tag of cache files. */
    static final String FORMAT = "matinf-mp-cache-1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path folder;

    /** A cache in {@code folder} (created when first written). */
    public MpCache(Path folder) {
        this.folder = folder;
    }

    /** {@code ~/.matinf/mp-cache}. */
    public static Path defaultFolder() {
        return Path.of(System.getProperty("user.home"), ".matinf", "mp-cache");
    }

    /** The cache folder. */
    public Path folder() {
        return folder;
    }

    /**
     * The normalised text identifying a query at an endpoint: equal searches have equal keys. The
     * endpoint is read as the client reads it (a root without its final slash is the same root).
     */
    public static String key(java.net.URI endpoint, MpQuery query) {
        String root = endpoint.toString();
        java.net.URI base = root.endsWith("/") ? endpoint : java.net.URI.create(root + "/");
        StringBuilder sb = new StringBuilder(base.resolve(MpClient.SUMMARY).toString()).append('?');
        query.parameters().forEach((k, v) -> sb.append(k).append('=').append(v).append('&'));
        return sb.append("limit=").append(query.limit()).toString();
    }

    /** The file that holds (or would hold) the answer for a cache key. */
    public Path file(String key) {
        return folder.resolve(sha256(key).substring(0, 32) + ".json");
    }

    /**
     * What the cache holds for a key.
     *
     * @param answer the cached answer, or null
     * @param damage why an existing file was not used, or null
     * @param saved when the answer was saved, or null
     */
    public record Lookup(MpAnswer answer, String damage, Instant saved) {
        /** True when a usable answer was found. */
        public boolean found() {
            return answer != null;
        }
    }

    /** The cached answer for a key; a damaged file is reported and otherwise ignored. */
    public Lookup read(String key) {
        Path file = file(key);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException ex) {
            return new Lookup(null, null, null);
        } catch (IOException ex) {
            return damaged(file, "cannot be read (" + ex.getMessage() + ")");
        }
        if (text.isBlank()) {
            return damaged(file, "is empty");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException ex) {
            return damaged(file, "is not valid JSON (cut short?)");
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            return damaged(file, "is not a MatInf cache file");
        }
        if (!key.equals(root.path("query").asText())) {
            return damaged(file, "belongs to another query");
        }
        JsonNode data = root.get("data");
        if (data == null || !data.isArray() || data.size() != root.path("count").asInt(-1)) {
            return damaged(file, "does not hold the number of documents it announces");
        }
        if (!sha256(json(data)).equals(root.path("sha256").asText())) {
            return damaged(file, "fails its checksum");
        }
        List<JsonNode> docs = new ArrayList<>(data.size());
        data.forEach(docs::add);
        Instant saved = null;
        try {
            saved = Instant.parse(root.path("saved").asText());
        } catch (RuntimeException ex) {
            // the time is for information only
        }
        return new Lookup(new MpAnswer(docs, root.path("total_doc").asLong(-1)), null, saved);
    }

    /** Saves an answer for a key, atomically (replacing any earlier or damaged file). */
    public void write(String key, MpAnswer answer) throws IOException {
        ArrayNode data = MAPPER.createArrayNode();
        answer.documents().forEach(data::add);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("query", key);
        root.put("saved", Instant.now().toString());
        root.put("total_doc", answer.totalDocuments());
        root.put("count", data.size());
        root.put("sha256", sha256(json(data)));
        root.set("data", data);
        AtomicFiles.writeString(file(key), json(root));
    }

    private static Lookup damaged(Path file, String why) {
        return new Lookup(null, "the cache file " + file + " " + why + "; it is ignored", null);
    }

    private static String json(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
