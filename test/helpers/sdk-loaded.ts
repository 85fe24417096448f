// Imported first by the test files that run the plugin with `transport: 'sdk'`: the plugin loads the SDK when it
// starts, and on a loaded machine under coverage that first import took more than the 10 s Fastify gives a plugin to
// start (AVV_ERR_PLUGIN_EXEC_TIMEOUT: "Plugin did not start in time"). Loaded with the file instead, before any test's
// clock runs, it is already in the module cache when a plugin starts.
import '@mistralai/mistralai'
