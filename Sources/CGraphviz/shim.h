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

/// True when `node` is one of the `count` nodes of `row`.
static inline int cgraphviz_in_row(Agnode_t *node, Agnode_t *const *row, size_t count) {
    for (size_t index = 0; index < count; index++) if (row[index] == node) return 1;
    return 0;
}

/// After a layout: moves the nodes of `row` (a time axis) onto one line just below everything else
/// of the drawing (nodes, edges and their labels, clusters), then the nodes of `footer` (a key) just
/// below that line, all keeping their horizontal positions, and lowers the bounding box to match.
/// Coordinates are the layout's final ones (points, y up); the node and label positions are fields
/// behind macros, hence C. Edges touching the row or the footer are assumed invisible and ignored.
static inline void cgraphviz_move_to_bottom(Agraph_t *graph, Agnode_t *const *row, size_t rowCount,
                                            Agnode_t *const *footer, size_t footerCount) {
    if (rowCount == 0 && footerCount == 0) return;
    double low = GD_bb(graph).UR.y;
    for (Agnode_t *node = agfstnode(graph); node; node = agnxtnode(graph, node)) {
        if (cgraphviz_in_row(node, row, rowCount) || cgraphviz_in_row(node, footer, footerCount)) continue;
        double bottom = ND_coord(node).y - ND_ht(node) / 2;
        if (bottom < low) low = bottom;
        for (Agedge_t *edge = agfstout(graph, node); edge; edge = agnxtout(graph, edge)) {
            if (cgraphviz_in_row(aghead(edge), row, rowCount) || cgraphviz_in_row(aghead(edge), footer, footerCount)) continue;
            if (ED_spl(edge)) {
                for (int curve = 0; curve < ED_spl(edge)->size; curve++) {
                    bezier *bezier = &ED_spl(edge)->list[curve];
                    for (int point = 0; point < bezier->size; point++) if (bezier->list[point].y < low) low = bezier->list[point].y;
                    if (bezier->sflag && bezier->sp.y < low) low = bezier->sp.y;
                    if (bezier->eflag && bezier->ep.y < low) low = bezier->ep.y;
                }
            }
            if (ED_label(edge) && ED_label(edge)->pos.y - ED_label(edge)->dimen.y / 2 < low) low = ED_label(edge)->pos.y - ED_label(edge)->dimen.y / 2;
        }
    }
    for (int cluster = 1; cluster <= GD_n_cluster(graph); cluster++) {
        if (GD_bb(GD_clust(graph)[cluster]).LL.y < low) low = GD_bb(GD_clust(graph)[cluster]).LL.y;
    }
    double rowHeight = 0;
    for (size_t index = 0; index < rowCount; index++) if (ND_ht(row[index]) > rowHeight) rowHeight = ND_ht(row[index]);
    double y = low - 4 - rowHeight / 2;
    for (size_t index = 0; index < rowCount; index++) {
        double shift = y - ND_coord(row[index]).y;
        ND_coord(row[index]).y += shift;
        if (ND_label(row[index])) ND_label(row[index])->pos.y += shift;
    }
    double bottom = rowCount > 0 ? y - rowHeight / 2 : low;
    double lowest = bottom;
    for (size_t index = 0; index < footerCount; index++) {
        double shift = bottom - 4 - ND_ht(footer[index]) / 2 - ND_coord(footer[index]).y;
        ND_coord(footer[index]).y += shift;
        if (ND_label(footer[index])) ND_label(footer[index])->pos.y += shift;
        if (ND_coord(footer[index]).y - ND_ht(footer[index]) / 2 < lowest) lowest = ND_coord(footer[index]).y - ND_ht(footer[index]) / 2;
    }
    GD_bb(graph).LL.y = lowest;
}

#endif
