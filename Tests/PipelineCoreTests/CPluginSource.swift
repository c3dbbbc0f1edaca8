/// A plugin written in C against `pipeline_plugin.h`: the ABI as a non-Swift plugin sees it.
///
/// Macros pick a variant: `STAGE_NAME`, `OUTPUT_TYPE` (`WordCount` counts the body's words,
/// `Text` answers a text), `REPORTED_ABI` (the version it claims), `NO_ENTRY` (exports no
/// entry point), `BAD_DESCRIPTION` (describes itself with invalid JSON).
let cPluginSource = #"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pipeline_plugin.h"

#ifndef STAGE_NAME
#define STAGE_NAME "c-words"
#endif
#ifndef OUTPUT_TYPE
#define OUTPUT_TYPE "WordCount"
#endif
#ifndef REPORTED_ABI
#define REPORTED_ABI PIPELINE_PLUGIN_ABI_VERSION
#endif

static pipeline_plugin_bytes copy(const char *text) {
    pipeline_plugin_bytes bytes;
    bytes.count = strlen(text);
    bytes.bytes = malloc(bytes.count + 1);
    memcpy(bytes.bytes, text, bytes.count);
    return bytes;
}

static pipeline_plugin_bytes describe(void) {
#ifdef BAD_DESCRIPTION
    return copy("{\"stages\": [{\"name\": 12}]}");
#else
    return copy("{\"stages\":[{\"name\":\"" STAGE_NAME "\",\"summary\":\"Counts words, in C.\",\"version\":2,"
                "\"inputs\":[{\"name\":\"text\",\"type\":\"Text\",\"required\":true}],"
                "\"output\":\"" OUTPUT_TYPE "\",\"options\":{\"minimum\":1}}]}");
#endif
}

static int instance;

static pipeline_plugin_bytes create(const uint8_t *request, size_t count, void **out) {
    if (memmem(request, count, "\"minimum\":0", 11) != NULL) {
        return copy("{\"error\":{\"message\":\"must be at least 1\",\"key\":\"minimum\"}}");
    }
    *out = &instance;
    return copy("{\"ok\":true}");
}

static pipeline_plugin_bytes process(void *self, const uint8_t *request, size_t count) {
    if (memmem(request, count, "FAIL", 4) != NULL) return copy("{\"error\":{\"message\":\"the body says FAIL\"}}");
    if (memmem(request, count, "GARBAGE", 7) != NULL) return copy("not json at all");
    if (strcmp(OUTPUT_TYPE, "Text") == 0) return copy("{\"output\":{\"text\":\"from c\"}}");
    const char *body = memmem(request, count, "\"body\":\"", 8);
    int words = 0, inWord = 0;
    for (const char *p = body ? body + 8 : ""; *p && *p != '"'; p++) {
        if (*p == ' ') inWord = 0; else if (!inWord) { inWord = 1; words++; }
    }
    char answer[64];
    snprintf(answer, sizeof answer, "{\"output\":{\"count\":%d}}", words);
    return copy(answer);
}

static void release(pipeline_plugin_bytes bytes) { free(bytes.bytes); }

#ifndef NO_ENTRY
uint32_t pipeline_plugin_entry(uint32_t host, void *table) {
    if (host != REPORTED_ABI) return REPORTED_ABI;
    pipeline_plugin_v1 *functions = table;
    functions->describe = describe;
    functions->create = create;
    functions->process = process;
    functions->release = release;
    return REPORTED_ABI;
}
#else
int not_the_entry_point(void) { return 0; }
#endif
"""#
