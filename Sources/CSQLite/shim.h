#include <sqlite3.h>

/* sqlite3_config is variadic, which Swift cannot call: these wrap the settings Readout uses. */
static inline int readout_sqlite_disable_memstatus(void) { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); }
