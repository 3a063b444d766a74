package org.matinf.core.materialsproject;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The documents the summary endpoint answered for a query, all pages together, as JSON (what is
 * cached), and the number of matching documents the server reported ({@code meta.total_doc}; −1 when
 * it did not say).
 */
public record MpAnswer(List<JsonNode> documents, long totalDocuments) {
    public MpAnswer {
        documents = List.copyOf(documents);
    }
}
