package org.matinf.core.materialsproject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.matinf.core.progress.ProgressListener;

/**
 * A summary search answered by the best source there is:
 * <ol>
 * <li>online (a client, i.e. a key, and not {@code offline}): the cache when it holds the query (unless
 * {@code refresh}), else the server, whose answer is then cached;</li>
 * <li>offline or without a key: the cache when it holds the query, else the offline database;</li>
 * <li>online but the server unreachable (no connection, no answer in time): the offline database, if
 * one is given.</li>
 * </ol>
 * A refused key, a refused query, a bad answer or a server failing after its retries is an error, not
 * a reason to answer from elsewhere. Only complete, readable answers are cached.
 */
public final class MpSearch {
    private final URI endpoint;
    private final MpClient client;
    private final MpCache cache;
    private final Path database;

    /**
     * @param endpoint the API's root (names cache entries; the client's endpoint when there is a client)
     * @param client the API client, or null without a key
     * @param cache the cache, or null for none
     * @param database an offline database (CSV file or folder), or null for none
     */
    public MpSearch(URI endpoint, MpClient client, MpCache cache, Path database) {
        this.endpoint = client == null ? endpoint : client.endpoint();
        this.client = client;
        this.cache = cache;
        this.database = database;
    }

    /**
     * Answers a query.
     *
     * @param offline true to not ask the server even with a key
     * @param refresh true to ask the server even when the cache holds the query
     * @throws MpException when the server fails and nothing can stand in
     * @throws IllegalArgumentException with neither a key nor a cached answer nor a database
     * @throws UncheckedIOException when the cache cannot be written
     */
    public MpSearchResult search(MpQuery query, boolean offline, boolean refresh, ProgressListener progress) {
        List<String> notes = new ArrayList<>();
        boolean online = client != null && !offline;
        String key = cache == null ? null : MpCache.key(endpoint, query);
        if (cache != null && !(online && refresh)) {
            MpCache.Lookup hit = cache.read(key);
            if (hit.damage() != null) {
                notes.add(hit.damage());
            }
            if (hit.found()) {
                List<MpMaterial> materials = SummaryDocuments.materials(hit.answer(), MpSource.CACHE);
                notes.add("answered from the cache (saved " + hit.saved() + ")");
                return new MpSearchResult(materials, MpSource.CACHE, hit.answer().totalDocuments(), notes);
            }
        }
        if (online) {
            try {
                MpAnswer answer = client.summary(query, progress);
                List<MpMaterial> materials = SummaryDocuments.materials(answer, MpSource.API);
                if (cache != null) {
                    cache.write(key, answer);
                }
                return new MpSearchResult(materials, MpSource.API, answer.totalDocuments(), notes);
            } catch (MpException ex) {
                if (!ex.unreachable() || database == null) {
                    throw ex;
                }
                notes.add(ex.getMessage() + "; searched the offline database instead");
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot write the cache file in " + cache.folder() + ": " + ex.getMessage(), ex);
            }
        }
        if (database == null) {
            throw new IllegalArgumentException(client == null
                    ? "no Materials Project API key (set the environment variable " + MpApiKey.ENVIRONMENT_VARIABLE
                            + " or use Materials Project API Key) and no offline database (database=[csv file or folder])"
                            + (cache != null ? "; the cache does not hold this query either" : "")
                    : "offline=true needs an offline database (database=[csv file or folder])"
                            + (cache != null ? "; the cache does not hold this query" : ""));
        }
        MpOfflineDatabase db = MpOfflineDatabase.load(database);
        List<MpMaterial> materials = db.search(query);
        notes.add("searched the offline database " + database + " (" + db.size() + " materials)");
        return new MpSearchResult(materials, MpSource.OFFLINE, db.count(query), notes);
    }
}
