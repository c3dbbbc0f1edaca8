// The C side of plugins and exec stages.
#include "pipeline_plugin.h"
#include "pipeline_spawn.h"
