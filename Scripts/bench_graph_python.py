#!/usr/bin/env python3
"""Synthetic citation graphs and the Python side of the graph benchmark (python-igraph, NetworKit).

  generate N OUT        write a synthetic citation graph of N documents as a text edge list
  dot N EDGES OUT       write the first N documents of EDGES (the edges among them) as DOT, for the
                        rendering benchmark (`start=1` so that sfdp's layout is the same every run)
  run TOOL EDGES SEED   time load, in-degree top 20, PageRank, sampled betweenness and lineage with
                        TOOL (igraph | networkit) and print one JSON object; each step the least of
                        three runs (betweenness once above 100,000 nodes), as citegraph-bench does

The graphs are shaped like the Security Council's: documents arrive in order, and each cites about
eight earlier ones, chosen half by preferential attachment (an endpoint of an earlier citation, so
much-cited documents get cited more) and half by recency (a recent document, geometric distance).
Edges point from the citing document to the cited one. Same N, same seed → the same file.
"""
import json
import os
import random
import resource
import sys
import time

CITATIONS_PER_DOCUMENT = 8
SAMPLED_SOURCES = 64


def generate(count, path, seed=2000):
    rng = random.Random(seed)
    cited = []  # every cited endpoint so far: sampling from it is preferential attachment
    with open(path, "w", buffering=1 << 20) as out:
        for node in range(1, count):
            targets = set()
            want = min(node, CITATIONS_PER_DOCUMENT)
            while len(targets) < want:
                if cited and rng.random() < 0.5:
                    targets.add(cited[rng.randrange(len(cited))])
                else:
                    distance = min(node, 1 + int(rng.expovariate(1 / 30)))
                    targets.add(node - distance)
            for target in sorted(targets):
                out.write(f"{node} {target}\n")
                cited.append(target)


def write_dot(count, path, out_path):
    with open(path) as edges, open(out_path, "w") as out:
        out.write("digraph citations {\n  start=1;\n  node [shape=box, fontsize=10];\n")
        for node in range(count):
            out.write(f'  n{node} [label="S/RES/{node + 1}"];\n')
        for line in edges:
            citing, cited = map(int, line.split())
            if citing < count and cited < count:
                out.write(f"  n{citing} -> n{cited};\n")
        out.write("}\n")


REPEATS = 3


def least(runs, body):
    """The least seconds of `runs` runs of `body`, with the last run's result (as citegraph-bench does)."""
    best, value = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        value = body()
        best = min(best, time.perf_counter() - start)
    return best, value


def peak_megabytes():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_igraph(path, seed):
    import igraph
    timings = {}
    base = peak_megabytes()
    start = time.perf_counter()
    graph = igraph.Graph.Read_Edgelist(path, directed=True)
    timings["load"] = time.perf_counter() - start
    def top20():
        degrees = graph.indegree()
        return sorted(range(len(degrees)), key=lambda v: (-degrees[v], v))[:20]
    timings["indegree_top20"], top = least(REPEATS, top20)
    timings["pagerank"], ranks = least(REPEATS, lambda: graph.pagerank(damping=0.85, implementation="prpack"))
    rng = random.Random(seed)
    sources = rng.sample(range(graph.vcount()), min(SAMPLED_SOURCES, graph.vcount()))
    repeats = REPEATS if graph.vcount() <= 100_000 else 1
    timings["betweenness_sampled"], _ = least(repeats, lambda: graph.betweenness(sources=sources, directed=True))
    timings["lineage"], ancestors = least(REPEATS, lambda: graph.subcomponent(graph.vcount() - 1, mode="out"))
    return timings, {"top": top[:5], "pagerank_top": max(range(len(ranks)), key=ranks.__getitem__),
                     "ancestors": len(ancestors) - 1, "memory_mb": peak_megabytes() - base}


def run_networkit(path, seed):
    import networkit as nk
    nk.setNumberOfThreads(1)
    timings = {}
    base = peak_megabytes()
    start = time.perf_counter()
    reader = nk.graphio.EdgeListReader(" ", 0, directed=True, continuous=True)
    graph = reader.read(path)
    timings["load"] = time.perf_counter() - start
    def top20():
        degrees = [graph.degreeIn(v) for v in range(graph.numberOfNodes())]
        return sorted(range(len(degrees)), key=lambda v: (-degrees[v], v))[:20]
    timings["indegree_top20"], top = least(REPEATS, top20)
    timings["pagerank"], _ = least(REPEATS, lambda: nk.centrality.PageRank(graph, damp=0.85, tol=1e-10).run())
    repeats = REPEATS if graph.numberOfNodes() <= 100_000 else 1
    timings["betweenness_sampled"], _ = least(
        repeats, lambda: nk.centrality.EstimateBetweenness(graph, SAMPLED_SOURCES, normalized=False, parallel=False).run())

    def lineage():
        bfs = nk.distance.BFS(graph, graph.numberOfNodes() - 1, storePaths=False)
        bfs.run()
        return sum(1 for d in bfs.getDistances() if d < 1e300) - 1
    timings["lineage"], reached = least(REPEATS, lineage)
    return timings, {"top": top[:5], "ancestors": reached, "memory_mb": peak_megabytes() - base}


def main(argv):
    if len(argv) >= 3 and argv[0] == "generate":
        generate(int(argv[1]), argv[2])
        return 0
    if len(argv) >= 4 and argv[0] == "dot":
        write_dot(int(argv[1]), argv[2], argv[3])
        return 0
    if len(argv) >= 4 and argv[0] == "run":
        tool, path, seed = argv[1], argv[2], int(argv[3])
        runner = {"igraph": run_igraph, "networkit": run_networkit}[tool]
        timings, facts = runner(path, seed)
        print(json.dumps({"tool": tool, "edges_file": os.path.basename(path), "seconds": timings, **facts}))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
