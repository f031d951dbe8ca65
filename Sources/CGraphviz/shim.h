// The system headers of Graphviz (Debian's libgraphviz-dev), plus accessors for what Swift cannot
// import directly. Never vendor Graphviz headers or sources here.
#ifndef CGRAPHVIZ_SHIM_H
#define CGRAPHVIZ_SHIM_H

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

/// `Agdirected` is a C global of struct type; Swift reads it through this accessor.
static inline Agdesc_t cgraphviz_directed(void) { return Agdirected; }

/// `Agstrictdirected`, likewise.
static inline Agdesc_t cgraphviz_strict_directed(void) { return Agstrictdirected; }

#endif
