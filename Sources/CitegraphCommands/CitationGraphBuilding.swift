import CitegraphCitations
import CitegraphDocuments
import CitegraphGraph
import Foundation

/// Documents → citations → graph, the pipeline `build` and `report` share.
public enum CitationGraphBuilding {
    /// The citations of every document, extracted on all cores, in document order.
    public static func citations(in documents: [Document], extractor: CitationExtractor = CitationExtractor()) -> [Citation] {
        let slots = UnsafeMutableBufferPointer<[Citation]>.allocate(capacity: documents.count)
        slots.initialize(repeating: [])
        defer { slots.deinitialize(); slots.deallocate() }
        nonisolated(unsafe) let shared = slots
        DispatchQueue.concurrentPerform(iterations: documents.count) { index in
            shared[index] = extractor.citations(in: documents[index])
        }
        return Array(slots.joined())
    }

    /// The citation graph of `documents`, with the number of citation occurrences it was built from.
    public static func graph(of documents: [Document]) -> (graph: CitationGraph, citations: Int) {
        let citations = citations(in: documents)
        return (CitationGraph(documents: documents, citations: citations), citations.count)
    }
}
