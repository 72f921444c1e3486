package io.github.nieuweroute.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Edits of JSON documents by pointer, for the malformed-input and fuzz tests. */
final class JsonTrees {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonTrees() {}

    static JsonNode tree(String json) {
        return MAPPER.readTree(json);
    }

    static String text(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    /** @return the pointer of every value below the root, parents before children */
    static List<String> pointers(JsonNode root) {
        List<String> out = new ArrayList<>();
        collect(root, "", out);
        return out;
    }

    private static void collect(JsonNode node, String pointer, List<String> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String child = pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
                out.add(child);
                collect(e.getValue(), child, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String child = pointer + "/" + i;
                out.add(child);
                collect(node.get(i), child, out);
            }
        }
    }

    /** @return a copy of the document with the value at the pointer replaced */
    static JsonNode replace(JsonNode root, String pointer, JsonNode value) {
        JsonNode copy = root.deepCopy();
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = copy.at(p.head());
        if (parent.isObject()) {
            ((ObjectNode) parent).set(p.last().getMatchingProperty(), value);
        } else {
            ((ArrayNode) parent).set(p.last().getMatchingIndex(), value);
        }
        return copy;
    }

    /** @return a copy of the document with the field or element at the pointer removed */
    static JsonNode remove(JsonNode root, String pointer) {
        JsonNode copy = root.deepCopy();
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = copy.at(p.head());
        if (parent.isObject()) {
            ((ObjectNode) parent).remove(p.last().getMatchingProperty());
        } else {
            ((ArrayNode) parent).remove(p.last().getMatchingIndex());
        }
        return copy;
    }
}
