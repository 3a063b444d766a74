/**
 * Materials Project access: a client for the summary search of the current REST API
 * ({@link org.matinf.core.materialsproject.MpClient}, key in the {@code X-API-KEY} header, pagination,
 * timeouts, retries with back-off on 429 and 5xx honouring {@code Retry-After}), a local cache of
 * answered queries ({@link org.matinf.core.materialsproject.MpCache}, written atomically, damaged entries
 * ignored), an offline database searched with the same query semantics
 * ({@link org.matinf.core.materialsproject.MpOfflineDatabase}, CSV files in the MP-20 layout) and the
 * search that chooses among them ({@link org.matinf.core.materialsproject.MpSearch}).
 *
 * <p>The API key ({@link org.matinf.core.materialsproject.MpApiKey}) is only ever sent as a request
 * header: it is not part of any URL, message, cache file or result file.
 */
package org.matinf.core.materialsproject;
