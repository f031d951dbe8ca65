// The system headers of Graphviz (Debian's libgraphviz-dev), plus accessors for what Swift cannot
// import directly. Never vendor Graphviz headers or sources here.
#ifndef CGRAPHVIZ_SHIM_H
#define CGRAPHVIZ_SHIM_H

#include <stddef.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

/// `Agdirected` is a C global of struct type; Swift reads it through this accessor.
static inline Agdesc_t cgraphviz_directed(void) { return Agdirected; }

/// `Agstrictdirected`, likewise.
static inline Agdesc_t cgraphviz_strict_directed(void) { return Agstrictdirected; }

/// `Agundirected`, likewise.
static inline Agdesc_t cgraphviz_undirected(void) { return Agundirected; }

/// `Agstrictundirected`, likewise.
static inline Agdesc_t cgraphviz_strict_undirected(void) { return Agstrictundirected; }

/// cgraph's default memory discipline (a C global; Swift needs its stable address).
static inline Agmemdisc_t *cgraphviz_default_memory(void) { return &AgMemDisc; }

/// cgraph's default I/O discipline, likewise.
static inline Agiodisc_t *cgraphviz_default_io(void) { return &AgIoDisc; }

/// The creation sequence number of a graph object (`AGSEQ`, a bit field Swift cannot read).
static inline unsigned long cgraphviz_sequence(void *object) { return (unsigned long)AGSEQ(object); }

/// The node an edge leaves (`agtail` is a macro).
static inline Agnode_t *cgraphviz_tail(Agedge_t *edge) { return agtail(edge); }

/// The node an edge enters (`aghead` is a macro).
static inline Agnode_t *cgraphviz_head(Agedge_t *edge) { return aghead(edge); }

/// `gvRenderData` with a `size_t` length whatever the installed release declares: Graphviz 2.x
/// takes `unsigned int *`, later releases `size_t *`. `_Generic` picks the call that matches the
/// header at compile time, so the binding builds against either.
static inline int cgraphviz_render_data(GVC_t *gvc, graph_t *graph, const char *format,
                                        char **result, size_t *length) {
    unsigned int narrow = 0;
    size_t wide = 0;
    int status = _Generic(gvRenderData,
        int (*)(GVC_t *, graph_t *, const char *, char **, unsigned int *):
            ((int (*)(GVC_t *, graph_t *, const char *, char **, unsigned int *))gvRenderData)(
                gvc, graph, format, result, &narrow),
        default:
            ((int (*)(GVC_t *, graph_t *, const char *, char **, size_t *))gvRenderData)(
                gvc, graph, format, result, &wide));
    *length = narrow != 0 ? (size_t)narrow : wide;
    return status;
}

/// Writes an empty warning into cgraph's message file so that `aglasterr()` afterwards returns only
/// what a following call reported (`agerr` is variadic, which Swift cannot call).
static inline void cgraphviz_mark_messages(void) { agerr(AGWARN, "%s", ""); }

/// cgraph's scanner keeps its read-ahead buffer between parses: text after the graph that
/// `agmemread` read (a second graph, line breaks) was read by the next parse. `aglexbad` (exported by
/// libcgraph, not declared in its headers) flushes that buffer; declared weak, so a release without
/// it still links and merely skips the flush.
extern void aglexbad(void) __attribute__((weak));

/// Empties cgraph's scanner buffer before a parse.
static inline void cgraphviz_flush_scanner(void) {
    if (aglexbad) aglexbad();
}

#endif
