// The C ABI between the `pipeline` host and a plugin library it loads with dlopen.
//
// Swift type identity does not cross a dlopen boundary (the plugin carries its own copy
// of PipelineCore), so everything that crosses it is plain C: a version number, function
// pointers, and UTF-8 JSON payloads. Swift plugins never write this by hand: the
// `PipelinePlugin` library exports a Swift `Stage` through it. A plugin in C, Rust or
// Zig implements it directly.
//
// The handshake: the host looks up `pipeline_plugin_entry` and calls it with the ABI
// version it speaks and a table to fill. The plugin returns the version it speaks; only
// when the two are equal does it fill the table, and only then does the host use it.
//
// Payloads (all JSON objects, UTF-8, not NUL-terminated):
//   describe() -> {"stages": [{"name", "summary", "version", "inputs": [{"name", "type",
//                 "required"}], "output", "options"}]}        ("options": the defaults)
//   create(request = {"stage", "stage_id", "base_directory", "options"})
//              -> {"ok": true} and *instance set, or {"error": {"message", "key"?, "hint"?}}
//   process(instance, request = {"document": {"id", "metadata", "body"},
//                                "inputs": {port: artifact}})
//              -> {"output": artifact} or {"error": {"message"}}
// Every response buffer is allocated by the plugin and handed back with `release`.
// `process` is called from many threads at once on one instance.
#ifndef PIPELINE_PLUGIN_H
#define PIPELINE_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PIPELINE_PLUGIN_ABI_VERSION 1u
#define PIPELINE_PLUGIN_ENTRY_SYMBOL "pipeline_plugin_entry"

/// Bytes the plugin allocated; the host returns them with `release`.
typedef struct pipeline_plugin_bytes {
    uint8_t *bytes;
    size_t count;
} pipeline_plugin_bytes;

/// The functions of a plugin speaking ABI version 1.
typedef struct pipeline_plugin_v1 {
    pipeline_plugin_bytes (*describe)(void);
    pipeline_plugin_bytes (*create)(const uint8_t *request, size_t count, void **instance);
    pipeline_plugin_bytes (*process)(void *instance, const uint8_t *request, size_t count);
    void (*release)(pipeline_plugin_bytes bytes);
} pipeline_plugin_v1;

/// The one exported symbol: returns the plugin's ABI version, and fills `*table` (a
/// `pipeline_plugin_v1` for version 1) only when that equals `host_abi_version`.
typedef uint32_t (*pipeline_plugin_entry_fn)(uint32_t host_abi_version, void *table);

#ifdef __cplusplus
}
#endif

#endif
